package org.paperkg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An arXiv API Atom feed: {@code <entry>} elements with title, summary, id, published, author and category. */
final class AtomReader implements CorpusReader {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Override
    public String name() {
        return "arxiv-atom";
    }

    @Override
    public String description() {
        return "arXiv API Atom feed (<feed xmlns=\"http://www.w3.org/2005/Atom\"> with <entry> elements)";
    }

    @Override
    public boolean recognises(String head) {
        String s = head.stripLeading();
        return (s.startsWith("<?xml") || s.startsWith("<feed")) && head.contains(ATOM);
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        List<ReadResult> out = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            EntryFields entry = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && ATOM.equals(xml.getNamespaceURI())) {
                    String local = xml.getLocalName();
                    if (local.equals("entry")) {
                        entry = new EntryFields(xml.getLocation().getLineNumber());
                    } else if (entry != null) {
                        entry.read(local, xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("entry")
                        && entry != null) {
                    out.addAll(entry.results(name));
                    entry = null;
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            out.add(ReadResult.problem(new SourceRef(name, Math.max(line, 0)),
                    "malformed XML (" + e.getMessage().replaceAll("\\s+", " ") + "); rest of the feed skipped"));
        } catch (IOException e) {
            out.add(ReadResult.problem(new SourceRef(name, 0), "cannot read: " + e.getMessage()));
        }
        return out.stream();
    }

    private static final class EntryFields {
        final int line;
        String title;
        String summary;
        String id;
        String published;
        final List<String> authors = new ArrayList<>();
        final List<String> categories = new ArrayList<>();

        EntryFields(int line) {
            this.line = line;
        }

        void read(String local, XMLStreamReader xml) throws XMLStreamException {
            switch (local) {
                case "title" -> title = Text.squash(xml.getElementText());
                case "summary" -> summary = Text.squash(xml.getElementText());
                case "id" -> id = xml.getElementText().strip();
                case "published" -> published = xml.getElementText().strip();
                case "name" -> authors.add(Text.squash(xml.getElementText()));
                case "category" -> {
                    String term = xml.getAttributeValue(null, "term");
                    if (term != null) {
                        categories.add(term);
                    }
                }
                default -> {
                    // other Atom elements (link, updated, author wrapper) carry nothing we store
                }
            }
        }

        List<ReadResult> results(String file) {
            SourceRef at = new SourceRef(file, line);
            if (title == null || title.isBlank()) {
                return List.of(ReadResult.problem(at, "Atom entry has no title; skipped"));
            }
            List<ReadResult> out = new ArrayList<>(2);
            if (summary == null || summary.isBlank()) {
                out.add(ReadResult.warning(at, "paper \"" + title + "\" has an empty abstract; only its title is used"));
            }
            Integer year = published != null && published.length() >= 4 && published.substring(0, 4).matches("\\d{4}")
                    ? Integer.valueOf(published.substring(0, 4)) : null;
            String arxiv = ArxivIds.find(id).orElse(null);
            out.add(ReadResult.paper(new Paper(title, summary, arxiv, arxiv == null ? id : null, null, null, null,
                    authors, year, categories, at)));
            return out;
        }
    }
}
