package org.redress.examples.cli;

import java.io.PrintWriter;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;

/** Prints the problems of invalid input for people: one per line, with where it is and how to fix it. */
final class Problems {

    private Problems() {
    }

    static void print(InvalidDataException e, PrintWriter out) {
        int n = e.problems().size();
        out.println("Not valid: " + n + (n == 1 ? " problem" : " problems") + " found.");
        int i = 1;
        for (Problem p : e.problems()) {
            out.println(String.format("%3d. at %s: %s.", i++, p.pointer().isEmpty() ? "(the whole file)" : p.pointer(),
                    p.message()));
            out.println("     Fix: " + p.fix());
        }
    }
}
