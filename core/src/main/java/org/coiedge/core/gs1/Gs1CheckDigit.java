package org.coiedge.core.gs1;

import java.util.Objects;

/**
 * The GS1 mod-10 check digit that ends a GTIN, SSCC, GLN and GSRN: digits are weighted 3, 1, 3, ...
 * from the right (the check digit position excluded) and the check digit brings the sum up to a
 * multiple of ten.
 *
 * <p>Pure functions, safe from any thread. {@link #compute} rejects non-digit input with
 * {@link IllegalArgumentException}; {@link #isValid} answers {@code false} instead. A {@code null}
 * argument is a programming error ({@link NullPointerException}).
 */
public final class Gs1CheckDigit {
    private Gs1CheckDigit() {
    }

    /**
     * The check digit for {@code digitsWithoutCheck}, e.g. {@code '2'} for {@code 0950600013435}.
     *
     * @throws IllegalArgumentException if the argument is empty or holds anything but ASCII digits
     */
    public static char compute(String digitsWithoutCheck) {
        Objects.requireNonNull(digitsWithoutCheck, "digitsWithoutCheck");
        if (digitsWithoutCheck.isEmpty() || !allDigits(digitsWithoutCheck)) {
            throw new IllegalArgumentException("a GS1 check digit is computed over digits only: '"
                    + digitsWithoutCheck + "'");
        }
        int sum = 0;
        boolean weightThree = true;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            int digit = digitsWithoutCheck.charAt(i) - '0';
            sum += weightThree ? 3 * digit : digit;
            weightThree = !weightThree;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * Whether the last digit of {@code digitsWithCheck} is the check digit of the digits before it.
     * {@code false} for fewer than two characters or any non-digit.
     */
    public static boolean isValid(String digitsWithCheck) {
        Objects.requireNonNull(digitsWithCheck, "digitsWithCheck");
        int n = digitsWithCheck.length();
        if (n < 2 || !allDigits(digitsWithCheck)) {
            return false;
        }
        return compute(digitsWithCheck.substring(0, n - 1)) == digitsWithCheck.charAt(n - 1);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Gs1Chars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
