package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.Speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Which attributed claim each quantity of a text stands in: the innermost claim with a speaker whose content
 * span holds the quantity's span (a quote inside reported speech is its own speaker's). Found in one sweep
 * over quantities and claims in text order, with only the claims still open at a point kept at hand.
 */
final class FrameSources {
    private final Speaker[] speakers;

    FrameSources(List<Quantity> quantities, List<Claim.Builder> claims) {
        speakers = new Speaker[quantities.size()];
        List<Claim.Builder> spoken = new ArrayList<>();
        for (Claim.Builder c : claims) {
            if (c.hasSpeaker() && c.getSpan().getEnd() > c.getSpan().getStart()) {
                spoken.add(c);
            }
        }
        spoken.sort(Comparator.comparingInt((Claim.Builder c) -> c.getSpan().getStart()));
        Integer[] order = new Integer[quantities.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> quantities.get(i).getSpan().getStart()));

        PriorityQueue<Claim.Builder> byEnd = new PriorityQueue<>(Comparator.comparingInt(c -> c.getSpan().getEnd()));
        TreeMap<Integer, List<Claim.Builder>> openByStart = new TreeMap<>();
        int next = 0;
        for (int qi : order) {
            int start = quantities.get(qi).getSpan().getStart();
            int end = quantities.get(qi).getSpan().getEnd();
            while (next < spoken.size() && spoken.get(next).getSpan().getStart() <= start) {
                Claim.Builder c = spoken.get(next++);
                byEnd.add(c);
                openByStart.computeIfAbsent(c.getSpan().getStart(), k -> new ArrayList<>()).add(c);
            }
            // A claim that ends before this quantity starts ends before every later one too.
            while (!byEnd.isEmpty() && byEnd.peek().getSpan().getEnd() <= start) {
                Claim.Builder closed = byEnd.poll();
                List<Claim.Builder> same = openByStart.get(closed.getSpan().getStart());
                same.removeIf(c -> c == closed); // builders compare by identity here
                if (same.isEmpty()) {
                    openByStart.remove(closed.getSpan().getStart());
                }
            }
            speakers[qi] = innermost(openByStart, end);
        }
    }

    /** The open claim starting latest (ending first among equals) that reaches past end. */
    private static Speaker innermost(TreeMap<Integer, List<Claim.Builder>> openByStart, int end) {
        for (List<Claim.Builder> sameStart : openByStart.descendingMap().values()) {
            Claim.Builder best = null;
            for (Claim.Builder c : sameStart) {
                if (c.getSpan().getEnd() >= end && (best == null || c.getSpan().getEnd() < best.getSpan().getEnd())) {
                    best = c;
                }
            }
            if (best != null) {
                return best.getSpeaker();
            }
        }
        return null;
    }

    /** The speaker of the claim the quantity at this list position stands in, or null. */
    Speaker of(int quantityIndex) {
        return speakers[quantityIndex];
    }
}
