#!/usr/bin/env bash
# Applies docs/internal-moves.tsv (issue 24: support types moved to io.wxkit.<module>.internal.*) to a source
# tree, so code written against the old package names compiles against the new ones. The integrator runs it
# over another branch's tree after merging:
#
#   arch-tests/rewrite-imports.sh <dir> [mapping.tsv]
#
# What it does, for each "old FQN <TAB> new FQN" line (top-level types; nested types follow their owner):
#   1. a file still at the old place (src/{main,test}/java/<old path>.java, e.g. one a branch added or kept
#      after the merge) moves to the new place (git mv inside a work tree) and gets the new package line;
#   2. every fully qualified reference, import and static import in *.java, pom.xml, *.properties, *.imports
#      and META-INF/services files is rewritten to the new name;
#   3. a file of the old package that names a moved type by its simple name (no import was needed before)
#      gets an import of the new name, and a moved file gets imports of the types that stayed behind
#      (a name that only a comment mentions gets an import too: harmless, javac does not flag it; a moved
#      file that uses a package-private type of its old package fails to compile and says which).
# It is idempotent: running it twice changes nothing the second time. It does not reorder imports.
set -euo pipefail

dir=${1:?usage: rewrite-imports.sh <dir> [mapping.tsv]}
map=${2:-$(cd "$(dirname "$0")/.." && pwd)/docs/internal-moves.tsv}
[ -d "$dir" ] || { echo "rewrite-imports: not a directory: $dir" >&2; exit 2; }
[ -f "$map" ] || { echo "rewrite-imports: no mapping file: $map" >&2; exit 2; }

pkg_of() { echo "${1%.*}"; }
simple_of() { echo "${1##*.}"; }
path_of() { echo "${1//.//}"; }

# adds "import $2;" after the package line of file $1 unless it already imports it
add_import() {
    local file=$1 fqn=$2
    if grep -q "^import ${fqn//./\\.};" "$file"; then return 0; fi
    sed -i -E "0,/^package [a-zA-Z0-9_.]+;/s//&\n\nimport ${fqn};/" "$file"
}

# true when file $1 names the simple type name $2 outside import lines
names_type() {
    # grep -c reads to the end: grep -q would close the pipe early and fail the pipeline under pipefail
    sed '/^import /d' "$1" | grep -cw -- "$2" >/dev/null
}

sed_script=$(mktemp)
trap 'rm -f "$sed_script"' EXIT

while IFS=$'\t' read -r old new; do
    if [ -z "${old:-}" ]; then continue; fi
    case "$old" in \#*) continue ;; esac
    printf 's/\\b%s\\b/%s/g\n' "${old//./\\.}" "$new" >>"$sed_script"
    # 1. files still at the old place
    while IFS= read -r -d '' file; do
        root=${file%/"$(path_of "$old")".java}
        target="$root/$(path_of "$new").java"
        if [ -e "$target" ]; then echo "rewrite-imports: both $file and $target exist; resolve by hand" >&2; continue; fi
        mkdir -p "$(dirname "$target")"
        abs_file=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
        abs_target=$(cd "$(dirname "$target")" && pwd)/$(basename "$target")
        if git -C "$(dirname "$abs_file")" ls-files --error-unmatch "$abs_file" >/dev/null 2>&1; then
            git -C "$(dirname "$abs_file")" mv "$abs_file" "$abs_target"
        else
            mv "$abs_file" "$abs_target"
        fi
        sed -i -E "s/^package $(pkg_of "$old" | sed 's/\./\\./g');/package $(pkg_of "$new");/" "$target"
    done < <(find "$dir" -path "*/src/*/java/$(path_of "$old").java" -not -path '*/target/*' -print0)
done <"$map"

# 2. fully qualified names and imports
find "$dir" -not -path '*/target/*' -not -path '*/.git/*' -type f \
        \( -name '*.java' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.imports' -o -path '*/META-INF/services/*' \) \
        -print0 | xargs -0 -r grep -l 'io\.wxkit\.' | while IFS= read -r file; do
    sed -i -f "$sed_script" "$file"
done

# 3. same-package references that now need an import
while IFS=$'\t' read -r old new; do
    if [ -z "${old:-}" ]; then continue; fi
    case "$old" in \#*) continue ;; esac
    if [ "$(pkg_of "$old")" = "$(pkg_of "$new")" ]; then continue; fi
    old_dir=$(path_of "$(pkg_of "$old")")
    while IFS= read -r -d '' file; do
        if names_type "$file" "$(simple_of "$old")"; then add_import "$file" "$new"; fi
    done < <(find "$dir" -path "*/src/*/java/$old_dir/*.java" -not -path "*/src/*/java/$old_dir/*/*" \
            -not -path '*/target/*' -print0)
done <"$map"
while IFS=$'\t' read -r old new; do
    if [ -z "${old:-}" ]; then continue; fi
    case "$old" in \#*) continue ;; esac
    old_dir=$(path_of "$(pkg_of "$old")")
    while IFS= read -r -d '' target; do
        while IFS= read -r -d '' stayed; do
            name=$(basename "$stayed" .java)
            if [ "$name" = package-info ]; then continue; fi
            # a package-private type cannot be imported; javac names the file that needs it made public
            if ! grep -Eq "^public .*(class|interface|record|enum) $name\b" "$stayed"; then continue; fi
            if names_type "$target" "$name"; then add_import "$target" "$(pkg_of "$old").$name"; fi
        done < <(find "$dir" -path "*/src/*/java/$old_dir/*.java" -not -path "*/src/*/java/$old_dir/*/*" \
                -not -path '*/target/*' -print0)
    done < <(find "$dir" -path "*/src/*/java/$(path_of "$new").java" -not -path '*/target/*' -print0)
done <"$map"
