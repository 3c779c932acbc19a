package io.wxkit.sso.interfaces;

import java.util.Objects;

/**
 * How the business system's JSON answer becomes the WeChat reply: a text with placeholders
 * ({@code {answer.status}}, {@code {argument}}, ...), or news articles taken from an array at a JSON path.
 * Every inserted value is escaped (see {@code docs/security.md}): a business system cannot inject a link.
 *
 * <pre>{@code
 * ReplyTemplate.text("订单 {argument}: {answer.status}, 预计 {answer.eta} 送达");
 * ReplyTemplate.news("items", "title", "summary", "link", "cover");
 * }</pre>
 */
public sealed interface ReplyTemplate permits ReplyTemplate.Text, ReplyTemplate.News {

    /**
     * A text reply rendered from {@code template}.
     *
     * @param template text with {@code {placeholder}}s, e.g. {@code "订单 {argument}：{answer.status}"}; at most 2000 characters
     * @return the template
     * @throws InterfaceException {@code INVALID_DEFINITION} for an empty or too long template or an unknown placeholder
     */
    static ReplyTemplate text(String template) {
        return new Text(template);
    }

    /**
     * News articles from the array at {@code articlesPath}, each element's fields named by the other arguments.
     *
     * @param articlesPath     JSON path of the array in the answer, e.g. {@code "data.items"}
     * @param titleField       the element field with the title (required in each element)
     * @param descriptionField the element field with the description, or null
     * @param urlField         the element field with the link (http/https only), or null
     * @param picUrlField      the element field with the cover image URL (http/https only), or null
     * @return the template
     * @throws InterfaceException {@code INVALID_DEFINITION} for a malformed path
     */
    static ReplyTemplate news(String articlesPath, String titleField, String descriptionField, String urlField,
                              String picUrlField) {
        return new News(articlesPath, titleField, descriptionField, urlField, picUrlField);
    }

    /** @param template text with {@code {placeholder}}s, at most 2000 characters */
    record Text(String template) implements ReplyTemplate {
        /**
         * Validates and parses the placeholders once.
         *
         * @param template text with {@code {placeholder}}s, at most 2000 characters
         */
        public Text {
            Objects.requireNonNull(template, "template");
            if (template.isBlank() || template.length() > 2000) {
                throw new InterfaceException(InterfaceError.INVALID_DEFINITION, "text template must be 1..2000 characters");
            }
            Template.parse(template);
        }
    }

    /**
     * @param articlesPath JSON path of the array in the answer, e.g. {@code data.items}
     * @param titleField field of an element holding the title (required in each element)
     * @param descriptionField field holding the description, or {@code null}
     * @param urlField field holding the link (http/https only), or {@code null}
     * @param picUrlField field holding the cover image URL (http/https only), or {@code null}
     */
    record News(String articlesPath, String titleField, String descriptionField, String urlField, String picUrlField)
            implements ReplyTemplate {
        /**
         * Validates the paths.
         *
         * @param articlesPath JSON path of the array in the answer, e.g. {@code data.items}
         * @param titleField field of an element holding the title (required in each element)
         * @param descriptionField field holding the description, or {@code null}
         * @param urlField field holding the link (http/https only), or {@code null}
         * @param picUrlField field holding the cover image URL (http/https only), or {@code null}
         */
        public News {
            JsonPath.parse(articlesPath);
            JsonPath.parse(titleField);
            for (String f : new String[] {descriptionField, urlField, picUrlField}) {
                if (f != null) {
                    JsonPath.parse(f);
                }
            }
        }
    }
}
