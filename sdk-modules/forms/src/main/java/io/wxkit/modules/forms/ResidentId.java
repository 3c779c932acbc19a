package io.wxkit.modules.forms;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character Chinese resident identity number (GB 11643-1999): 6 digits of region, 8 of birth date,
 * 3 of sequence and an ISO 7064 MOD 11-2 check character ({@code 0-9} or {@code X}).
 */
final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentId() {
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** {@code null} when {@code id} (upper case) is valid on {@code today}, else the problem. */
    static FieldProblem problem(String id, LocalDate today) {
        if (!id.matches("[1-9][0-9]{16}[0-9X]")) {
            return FieldProblem.INVALID_ID_CARD;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.isAfter(today) || birth.getYear() < 1900) {
                return FieldProblem.INVALID_ID_CARD;
            }
        } catch (DateTimeException e) {
            return FieldProblem.INVALID_ID_CARD;
        }
        return checkCharacter(id) == id.charAt(17) ? null : FieldProblem.ID_CARD_CHECKSUM;
    }
}
