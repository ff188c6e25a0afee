package vn.haugiang.newsroom.cms.content.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Applies {@link NewsroomSafelist} by copying what may stay from a parsed body into an empty one,
 * logging each removal. Jsoup's own {@code Cleaner} cannot say what it removed, which the editor
 * needs to be told.
 *
 * <p>Copying (as the Cleaner does) rather than editing in place keeps the work linear: unwrapping
 * in place shifts every later sibling, which is quadratic for a paragraph of 20,000 spans. The walk
 * uses an explicit stack (no recursion, whatever the nesting) and decides an element before its
 * children, so the children of an unwrapped element are judged in their new place.
 */
final class TreeScrubber {

    private record Work(Node source, Element destination) {
    }

    private final AttributeScrubber attributes;
    private final RemovalLog log;

    TreeScrubber(UrlRules urls, RemovalLog log) {
        this.attributes = new AttributeScrubber(urls, log);
        this.log = log;
    }

    /** Appends the safe part of {@code source}'s content to {@code destination}. */
    void copySafe(Element source, Element destination) {
        Deque<Work> todo = new ArrayDeque<>();
        pushChildren(todo, source, destination);
        while (!todo.isEmpty()) {
            Work work = todo.pop();
            Element childDestination = visit(work.source(), work.destination());
            if (childDestination != null) {
                pushChildren(todo, work.source(), childDestination);
            }
        }
    }

    private static void pushChildren(Deque<Work> todo, Node source, Element destination) {
        List<Node> children = source.childNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
            todo.push(new Work(children.get(i), destination));
        }
    }

    /** Copies what may stay of one node; returns where its children go, or null to skip them. */
    private @Nullable Element visit(Node node, Element destination) {
        if (node instanceof TextNode text) {
            // Also CDATA (only found in foreign content): the text is kept, not the syntax.
            destination.appendChild(new TextNode(text.getWholeText()));
            return null;
        }
        if (node instanceof Element element) {
            return visitElement(element, destination);
        }
        if (node instanceof Comment) {
            // Conditional comments (<!--[if IE]>...) carried payloads for old IE; none are kept.
            log.add("<!-- comment -->", "comments are not allowed");
        }
        // Comments, stray script data, doctypes, XML declarations are not copied.
        return null;
    }

    private @Nullable Element visitElement(Element el, Element destination) {
        String name = el.normalName();
        if (!Parser.NamespaceHtml.equals(el.tag().namespace()) || NewsroomSafelist.DROPPED_WITH_CONTENT.contains(name)) {
            log.add("<" + name + ">", "element not allowed");
            return null;
        }
        String renamed = NewsroomSafelist.RENAMED.get(name);
        if (renamed != null) {
            log.add("<" + name + ">", NewsroomSafelist.RENAME_REASONS.get(name));
            name = renamed;
        }
        if (!NewsroomSafelist.TAGS.contains(name)) {
            return unwrap(el, name, destination);
        }
        if (!attributes.scrub(el, name)) {
            return null;
        }
        if (name.equals("a") && !el.hasAttr("href")) {
            // A link whose href was refused (or a Word bookmark <a name>) is just its text now.
            return destination;
        }
        Element copy = new Element(name);
        copy.attributes().addAll(el.attributes());
        destination.appendChild(copy);
        // iframe fallback content is never shown by browsers and is parsed as raw text: not copied.
        return name.equals("iframe") ? null : copy;
    }

    private Element unwrap(Element el, String name, Element destination) {
        if (el.isBlock() && NewsroomSafelist.PARAGRAPH_CONTAINERS.contains(destination.normalName())
                && hasOnlyInlineContent(el)) {
            log.add("<" + name + ">", "element not allowed; changed to <p>");
            Element paragraph = new Element("p");
            destination.appendChild(paragraph);
            return paragraph;
        }
        log.add("<" + name + ">", "element not allowed; its content was kept");
        return destination;
    }

    /** Some text or inline element, and no block child that would not fit inside a {@code <p>}. */
    private static boolean hasOnlyInlineContent(Element el) {
        boolean content = false;
        for (Node child : el.childNodes()) {
            if (child instanceof Element e) {
                if (NewsroomSafelist.DROPPED_WITH_CONTENT.contains(e.normalName())) {
                    continue;
                }
                if (e.isBlock()) {
                    return false;
                }
                content = true;
            } else if (child instanceof TextNode t && !t.isBlank()) {
                content = true;
            }
        }
        return content;
    }
}
