package papernotes.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/// Images written with a plain file name (`![图](arch.png)`, `![图](attachments/arch.png)`) are looked up in the
/// library's attachments and shown from there; other relative images show nothing. A link to a file of the
/// attachments folder (`[PDF](attachments/paper.pdf)`, as an import writes links to the files beside a note) becomes
/// an `attachment:` link, which the window opens with the system's application for it.
final class AttachmentImages implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new Resolvers());
    }

    private static final class Resolvers extends NoDependencies implements LinkResolverFactory {

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return AttachmentImages::resolve;
        }
    }

    /// The scheme of links to the library's attachments.
    static final String ATTACHMENT_SCHEME = "attachment:";

    // flexmark's link types are constants: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() == LinkType.LINK && link.getUrl().startsWith("attachments/")) {
            var name = decode(link.getUrl().substring("attachments/".length()));
            return NoteRenderer.LINKS.get(context.getDocument()).hasFile(name)
                    ? link.withStatus(LinkStatus.VALID)
                            .withUrl(ATTACHMENT_SCHEME + link.getUrl().substring("attachments/".length()))
                    : link;
        }
        if (link.getLinkType() != LinkType.IMAGE || link.getUrl().contains(":")) {
            return link;
        }
        var name = link.getUrl().replaceFirst("^(\\./)?attachments/", "");
        var source = NoteRenderer.LINKS.get(context.getDocument()).attachment(decode(name));
        return source.map(url -> link.withStatus(LinkStatus.VALID).withUrl(url)).orElse(link);
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
