"""HTML -> the page's main text, without markup, scripts, styles or navigation.

Boilerplate removal is deliberately simple and predictable: prefer the largest <article>
(else <main>), never enter script/style/embedded content, skip navigation, asides, forms,
page headers and footers, hidden elements and blocks whose class or id names a cookie bar,
share buttons, comments or the like. Block elements become paragraph breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from liability_graph.graph.ontology import normalize_date
from liability_graph.loaders.readers.metadata import language_code

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SKIP = _words(
    "script style noscript template iframe frame frameset object embed svg math canvas"
    " video audio map button select option textarea input head title meta link base"
)
_BOILERPLATE_TAGS = _words("nav aside form footer dialog menu")
_BOILERPLATE_ROLES = _words(
    "navigation banner contentinfo complementary search dialog alertdialog menu"
)
_BOILERPLATE_NAME = re.compile(
    r"^(?:[\w-]*[-_])?(?:cookies?|consent|gdpr|share|sharing|social|related|recommended"
    r"|comments?|advert\w*|ads?|promo|newsletter|subscribe|breadcrumbs?|sidebar|popup"
    r"|modal|paywall|nav|navbar|navigation|menu|skip)"
    r"(?:[-_](?:bar|box|block|banner|links?|list|wrapper|container|section|area|widget"
    r"|buttons?|tools|items?))?$",
    re.IGNORECASE,
)
_PARAGRAPH = _words(
    "address article blockquote details dl div fieldset figcaption figure h1 h2 h3 h4 h5 h6"
    " header hgroup hr main ol p pre section summary table ul caption body"
)
_LINE = _words("br li tr dt dd")
_CELL = _words("td th")
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[ \t]+\n")
_BLANKS = re.compile(r"\n{3,}")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# What browsers do with these labels (WHATWG Encoding): they mean windows-1252.
_CP1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})


#: Tags ('<' characters) a page may hold: the parsed tree takes some 200 bytes per tag.
MAX_TAGS = 400_000
#: How deeply elements may nest: the HTML parser's time grows with the square of the depth
#: (40,000 nested <div>s take it half a minute, 10,000 about a second); real pages nest a
#: few dozen levels deep.
MAX_DEPTH = 10_000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
# Elements that never hold children, and those the parser closes by themselves when a
# sibling starts (an unclosed <p> or <li> does not nest): neither adds depth.
_NO_DEPTH = _words(
    "area base br col embed hr img input link meta param source track wbr"
    " p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rtc rp"
)


class MarkupLimitError(ValueError):
    """A page over MAX_TAGS or MAX_DEPTH; `line` is where the limit was crossed."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def check_markup(markup: str) -> None:
    """Refuse markup the parser would take too long or too much memory for (see the limits).

    Depth is estimated from the tags (end tags close the nearest open element of their
    name, as a parser would); cheap next to parsing, and skipped for small pages.
    """
    tags = markup.count("<")
    if tags > MAX_TAGS:
        raise MarkupLimitError(
            f"the page has {tags:,} tags; the limit is {MAX_TAGS:,} (the parsed tree would "
            "take too much memory)"
        )
    if tags <= MAX_DEPTH:
        return
    open_tags: list[str] = []
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.groups()
        name = name.lower()
        if name in _NO_DEPTH or self_closing:
            continue
        if not closing:
            open_tags.append(name)
            if len(open_tags) > MAX_DEPTH:
                line = markup.count("\n", 0, match.start()) + 1
                raise MarkupLimitError(
                    f"elements nest more than {MAX_DEPTH:,} levels deep", line=line
                )
        elif name in open_tags[-64:]:
            while open_tags.pop() != name:
                pass


@dataclass(frozen=True)
class HtmlText:
    """The main text of a page and the metadata its markup states."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None


def declared_charset(head: bytes) -> str | None:
    """The charset a <meta> tag in the first bytes declares, as a Python codec name."""
    match = _CHARSET.search(head[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    return "cp1252" if label in _CP1252_LABELS else label


def _clean(value: str | None) -> str | None:
    text = _SPACES.sub(" ", value or "").strip()
    return text or None


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            value = _clean(node.attributes.get("content") if node else None)
            if value:
                return value
    return None


def _is_boilerplate(node: LexborNode, in_article: bool, root_chars: int) -> bool:
    tag = node.tag or ""
    attrs = node.attributes
    if tag in _BOILERPLATE_TAGS or (tag == "header" and not in_article):
        return True
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if (attrs.get("role") or "").lower() in _BOILERPLATE_ROLES:
        return True
    names = (attrs.get("class") or "").split() + (attrs.get("id") or "").split()
    if any(_BOILERPLATE_NAME.match(name) for name in names):
        # A layout wrapper ("has-sidebar") may hold the article itself: keep big blocks.
        return len(node.text(deep=True)) * 2 < root_chars
    return False


def _walk(root: LexborNode) -> str:
    """The text under `root`, block elements as line or paragraph breaks."""
    out: list[str] = []
    pending = ""  # the break owed before the next text: "", "\n" or "\n\n"
    at_line_start = True
    root_chars = len(root.text(deep=True))
    # (node, entering, inside an <article>, inside a <pre>); an explicit stack, since
    # hostile pages nest deeper than Python's recursion limit.
    stack: list[tuple[LexborNode, bool, bool, bool]] = [
        (child, True, root.tag == "article", False)
        for child in reversed(list(root.iter(include_text=True)))
    ]
    while stack:
        node, entering, in_article, in_pre = stack.pop()
        tag = node.tag or ""
        if not entering:
            wanted = "\n\n" if tag in _PARAGRAPH else "\n"
            pending = max(pending, wanted, key=len)
            continue
        if tag == "-text":
            text = node.text_content or ""
            if not in_pre:
                text = _SPACES.sub(" ", text)
            if (at_line_start or pending) and not in_pre:
                text = text.lstrip(" ")
            if not text:
                continue
            if pending and out:
                out.append(pending)
            pending, at_line_start = "", False
            out.append(text)
            continue
        if tag in _SKIP or not tag or tag.startswith(("_", "!")):
            continue  # also comments and processing instructions
        if _is_boilerplate(node, in_article, root_chars):
            continue
        if tag in _CELL:
            if out and not pending and not at_line_start:
                out.append(" ")
        elif tag == "br" or tag == "hr":
            pending = max(pending, "\n" if tag == "br" else "\n\n", key=len)
            at_line_start = True
            continue
        elif tag in _PARAGRAPH or tag in _LINE:
            pending = max(pending, "\n\n" if tag in _PARAGRAPH else "\n", key=len)
            at_line_start = True
            stack.append((node, False, in_article, in_pre))
        children = list(node.iter(include_text=True))
        inner = (in_article or tag == "article", in_pre or tag == "pre")
        stack.extend((child, True, *inner) for child in reversed(children))
    text = _TRAILING.sub("\n", "".join(out))
    return _BLANKS.sub("\n\n", text).strip()


def _main_root(tree: LexborHTMLParser) -> LexborNode | None:
    candidates = tree.css("article") or tree.css('main, [role="main"]')
    if candidates:
        return max(candidates, key=lambda node: len(node.text(deep=True)))
    return tree.body


def _published(tree: LexborHTMLParser, root: LexborNode | None) -> str | None:
    stated = _meta(
        tree, "article:published_time", "datePublished", "date", "pubdate", "DC.date.issued",
        "dcterms.date", "DC.date",
    )  # fmt: skip
    if not stated and root is not None:
        node = root.css_first("time[datetime]")
        stated = node.attributes.get("datetime") if node else None
    try:
        return normalize_date(stated, "published")
    except ValueError:
        return None  # a date in a form we do not read is left out, not guessed


def _author(tree: LexborHTMLParser) -> str | None:
    stated = _meta(tree, "author", "article:author", "byl")
    if stated and "://" not in stated:
        return stated.removeprefix("By ").removeprefix("by ")
    node = tree.css_first('[rel="author"], [itemprop="author"]')
    return _clean(node.text(deep=True)) if node else None


def _url(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    url = _clean(node.attributes.get("href") if node else None) or _meta(tree, "og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _language(tree: LexborHTMLParser) -> str | None:
    html = tree.css_first("html")
    stated = html.attributes.get("lang") if html else None
    if not stated:
        node = tree.css_first('meta[http-equiv="content-language" i]')
        stated = node.attributes.get("content") if node else None
    return language_code(stated or _meta(tree, "og:locale"))


def html_to_text(markup: str) -> HtmlText:
    """The main text of an HTML page and its metadata (title, URL, date, language, author)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    root = _main_root(tree)
    text = _walk(root) if root is not None else ""
    if not text and tree.body is not None and root is not tree.body:
        text = _walk(tree.body)
    title_node = tree.css_first("title")
    heading = root.css_first("h1") if root is not None else None
    title = (
        _meta(tree, "og:title")
        or _clean(title_node.text() if title_node else None)
        or _clean(heading.text() if heading else None)
    )
    return HtmlText(
        text=text,
        title=title,
        url=_url(tree),
        published=_published(tree, root),
        language=_language(tree),
        author=_author(tree),
    )
