package org.coiedge.printer.barcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a Code 128 symbol encodes its data: runs in code set B (any printable ASCII character) and
 * code set C (digit pairs), chosen to give the fewest symbol characters, as ISBT 128 requires
 * ("use Code Set C for numeric runs where it shortens the symbol"). Printable ASCII never needs
 * code set A, so this plan uses only B and C. Immutable.
 */
public record Code128Plan(String data, boolean fnc1, List<Run> runs) {
    /** Modules per symbol character; the stop character has 13. */
    private static final int CHAR_MODULES = 11;
    private static final int STOP_MODULES = 13;

    /** A code set. */
    public enum CodeSet {
        B, C
    }

    /** Consecutive data characters encoded in one code set. */
    public record Run(CodeSet set, String text) {
        /** Symbol characters this run takes (without the start or switch in front of it). */
        public int symbols() {
            return set == CodeSet.C ? text.length() / 2 : text.length();
        }
    }

    public Code128Plan {
        Objects.requireNonNull(data, "data");
        runs = List.copyOf(runs);
    }

    /** The shortest B/C plan for {@code data} (printable ASCII, found by dynamic programming). */
    public static Code128Plan of(String data) {
        return of(data, false);
    }

    /** As {@link #of(String)}, with FNC1 after the start character when {@code fnc1} (GS1-128). */
    public static Code128Plan of(String data, boolean fnc1) {
        int n = data.length();
        if (n == 0 || !data.chars().allMatch(c -> c >= 32 && c <= 126)) {
            throw new IllegalArgumentException("Code 128 data must be non-empty printable ASCII: " + data);
        }
        final int inf = Integer.MAX_VALUE / 4;
        // cost[i][s]: fewest symbols to encode data[i..] when code set s is active at position i.
        int[][] cost = new int[n + 1][2];
        for (int i = n - 1; i >= 0; i--) {
            int stayB = 1 + cost[i + 1][0];
            int stayC = pairAt(data, i) ? 1 + cost[i + 2][1] : inf;
            cost[i][0] = Math.min(stayB, stayC + 1);
            cost[i][1] = Math.min(stayC, stayB + 1);
        }
        List<Run> runs = new ArrayList<>();
        int set = cost[0][1] < cost[0][0] ? 1 : 0;
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < n) {
            int stayB = 1 + cost[i + 1][0];
            int stayC = pairAt(data, i) ? 1 + cost[i + 2][1] : inf;
            int next = set == 0 ? (stayB <= stayC + 1 ? 0 : 1) : (stayC <= stayB + 1 ? 1 : 0);
            if (next != set && run.length() > 0) {
                runs.add(new Run(set == 0 ? CodeSet.B : CodeSet.C, run.toString()));
                run.setLength(0);
            }
            set = next;
            int step = set == 1 ? 2 : 1;
            run.append(data, i, i + step);
            i += step;
        }
        runs.add(new Run(set == 0 ? CodeSet.B : CodeSet.C, run.toString()));
        return new Code128Plan(data, fnc1, runs);
    }

    private static boolean pairAt(String s, int i) {
        return i + 1 < s.length() && Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i + 1))
                && s.charAt(i) < 128 && s.charAt(i + 1) < 128;
    }

    /** Symbol characters: start, FNC1 if any, data, code set switches and check character (not the stop). */
    public int symbolCharacters() {
        return 1 + (fnc1 ? 1 : 0) + runs.stream().mapToInt(Run::symbols).sum() + (runs.size() - 1) + 1;
    }

    /** Width of the symbol in modules, without quiet zones. */
    public int modules() {
        return symbolCharacters() * CHAR_MODULES + STOP_MODULES;
    }
}
