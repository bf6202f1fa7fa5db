package org.paperkg.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of a text file: consecutive non-blank lines joined by spaces.
 *
 * @param firstLine 1-based number of its first line
 * @param text      the joined text, whitespace normalised
 * @param malformed true when one of its lines had invalid UTF-8
 */
record Block(int firstLine, String text, boolean malformed) {

    static List<Block> split(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int first = -1;
        boolean malformed = false;
        for (Line line : lines) {
            if (line.isBlank()) {
                if (first > 0) {
                    blocks.add(new Block(first, Text.squash(text.toString()), malformed));
                }
                text.setLength(0);
                first = -1;
                malformed = false;
            } else {
                if (first < 0) {
                    first = line.number();
                }
                text.append(line.text()).append(' ');
                malformed |= line.malformed();
            }
        }
        if (first > 0) {
            blocks.add(new Block(first, Text.squash(text.toString()), malformed));
        }
        return blocks;
    }
}
