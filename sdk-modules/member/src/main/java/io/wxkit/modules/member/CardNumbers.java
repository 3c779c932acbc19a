package io.wxkit.modules.member;

/** Member card numbers: {@code 88}, the member id on 13 digits, and a Luhn check digit (16 digits, like bank cards). */
final class CardNumbers {
    private CardNumbers() {
    }

    static String of(long memberId) {
        String body = "88" + String.format("%013d", memberId);
        return body + luhn(body);
    }

    static boolean valid(String cardNo) {
        return cardNo != null && cardNo.matches("88[0-9]{14}") && luhn(cardNo.substring(0, 15)) == cardNo.charAt(15) - '0';
    }

    static int luhn(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
