package papernotes.interchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import papernotes.model.ArxivId;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperMetadata;

/// The arXiv API's answer to `?id_list=…`: an Atom feed with one `<entry>` per paper (title, `<author><name>`,
/// `<summary>`, `<published>`, `arxiv:doi`, `arxiv:journal_ref`, the PDF's `<link title="pdf">`). An id arXiv does
/// not know comes back as no entry, or as an entry titled "Error" whose id points at the API's errors.
public final class ArxivFeedReader {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";
    /// A venue at the start of a journal reference or comment: `CVPR 2021`, `ICLR 2021`, `NeurIPS 2020`.
    private static final Pattern VENUE =
            Pattern.compile("\\b((?:CVPR|ICCV|ECCV|ICLR|NeurIPS|NIPS|ICML|AAAI|IJCAI|SIGGRAPH(?: Asia)?|ACL|EMNLP|"
                    + "NAACL|BMVC|WACV|3DV|TPAMI|TOG|IJCV|MICCAI)(?:\\s*'?\\d{2,4})?)\\b");

    /// The paper `id` as the feed describes it, or empty when the feed has no such paper. Throws
    /// [InterchangeException] when the answer is not an Atom feed.
    public Optional<PaperMetadata> read(byte[] feed, String id) {
        try {
            var reader = factory().createXMLStreamReader(new ByteArrayInputStream(feed));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && reader.getLocalName().equals("entry")
                            && ATOM.equals(reader.getNamespaceURI())) {
                        var entry = entry(reader);
                        if (entry.isPresent() && entry.get().arxiv().equals(ArxivId.parse(id))) {
                            return entry;
                        }
                    }
                }
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new InterchangeException("arXiv's answer is not a feed that can be read: " + firstLine(e) + ".", e);
        }
    }

    private static XMLInputFactory factory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static Optional<PaperMetadata> entry(XMLStreamReader reader) throws XMLStreamException {
        var entry = new Entry();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                var name = reader.getLocalName();
                var space = reader.getNamespaceURI();
                if (ATOM.equals(space) && name.equals("author")) {
                    depth++;
                    continue;
                }
                if (ATOM.equals(space) && name.equals("link")) {
                    if ("pdf".equals(reader.getAttributeValue(null, "title"))) {
                        entry.pdf = Optional.ofNullable(reader.getAttributeValue(null, "href"));
                    }
                    reader.getElementText();
                    continue;
                }
                if (!(ATOM.equals(space) || ARXIV.equals(space))) {
                    depth++;
                    continue;
                }
                var text = reader.getElementText().strip();
                entry.take(ARXIV.equals(space) ? "arxiv:" + name : name, text);
            }
        }
        return entry.metadata();
    }

    private static String firstLine(Exception e) {
        var message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /// The fields of one entry as they are read.
    private static final class Entry {
        private Optional<String> id = Optional.empty();
        private Optional<String> title = Optional.empty();
        private final List<String> authors = new ArrayList<>();
        private Optional<String> summary = Optional.empty();
        private Optional<String> published = Optional.empty();
        private Optional<String> doi = Optional.empty();
        private Optional<String> journal = Optional.empty();
        private Optional<String> comment = Optional.empty();
        private Optional<String> pdf = Optional.empty();

        void take(String name, String text) {
            switch (name) {
                case "id" -> id = Optional.of(text);
                case "title" -> title = Optional.of(text);
                case "name" -> authors.add(text);
                case "summary" -> summary = Optional.of(text);
                case "published" -> published = Optional.of(text);
                case "arxiv:doi" -> doi = Optional.of(text);
                case "arxiv:journal_ref" -> journal = Optional.of(text);
                case "arxiv:comment" -> comment = Optional.of(text);
                default -> {}
            }
        }

        Optional<PaperMetadata> metadata() {
            var arxiv = id.flatMap(ArxivId::parse);
            if (arxiv.isEmpty() || title.isEmpty()) {
                return Optional.empty();
            }
            var year = published
                    .filter(p -> p.length() >= 4 && p.substring(0, 4).chars().allMatch(Character::isDigit))
                    .map(p -> Integer.parseInt(p.substring(0, 4)));
            var venue = journal.or(() -> comment).flatMap(ArxivFeedReader::venue);
            try {
                return Optional.of(new PaperMetadata(
                        title.get(),
                        authors,
                        year,
                        venue,
                        summary,
                        arxiv,
                        doi,
                        Optional.of(ArxivId.address(arxiv.get())),
                        pdf.map(address -> address.replaceFirst("^http://", "https://"))));
            } catch (InvalidInputException e) {
                return Optional.empty();
            }
        }
    }

    /// The conference or journal a reference or comment names (`Accepted at CVPR 2021` → `CVPR 2021`).
    static Optional<String> venue(String text) {
        var match = VENUE.matcher(text);
        return match.find() ? Optional.of(match.group(1)) : Optional.empty();
    }
}
