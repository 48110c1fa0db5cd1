/// The class/id and text patterns that mark page chrome. General words only: no site is named.
///
/// Kept in one place so a newsroom can read and extend them.
enum BoilerplatePatterns {
    /// Substrings of class/id that mark chrome wherever they occur.
    static let chromeSubstrings: [String] = [
        "comment", "related", "share", "sharing", "social", "newsletter", "subscri", "signup", "sign-up",
        "cookie", "consent", "gdpr", "dsgvo", "promo", "sponsor", "advert", "sidebar", "side-bar", "footer", "masthead",
        "breadcrumb", "menu", "navbar", "navigation", "popular", "trending", "recommend", "outbrain", "taboola",
        "disqus", "byline", "author", "caption", "credit", "pagination", "pager", "most-read", "mostread",
        "read-more", "readmore", "more-stories", "also-read", "toolbar", "modal", "popup", "skip-link",
        "login", "paywall", "sr-only", "visually-hidden", "screen-reader", "visuallyhidden", "newsletter",
        "tag-list", "taglist", "keywords", "topics-list", "dateline", "timestamp", "publish-date",
        "article-meta", "post-meta", "entry-meta", "meta-data", "print-", "follow", "donate", "banner", "widget",
        "headline", "kicker", "inline-ad", "ad-slot", "adslot",
        "ad-container", "ad-wrapper", "more-from", "next-article", "prev-next",
    ]

    /// Substrings of class/id of boxes that are never the article, even when they hold most of a page's text
    /// (consent dialogs list every cookie at length, readers' comments outgrow a short article). Each is also
    /// in `chromeSubstrings`.
    static let neverContentSubstrings: [String] = ["cookie", "consent", "gdpr", "dsgvo", "comment"]

    /// Substrings of class/id of a dialog laid over the page (sign-in, registration): the class-name twin of
    /// `role="dialog"`, dropped even by the pass that ignores class names. Each is also in `chromeSubstrings`.
    static let dialogSubstrings: [String] = ["modal", "popup", "login"]

    /// Substrings of class/id that name part of the text: the chrome word in them ("headline", "comment")
    /// does not count.
    static let notChromeSubstrings: [String] = [
        "subheadline", "sub-headline", "subheading", "sub-heading", "intertitle", "commentary",
    ]

    /// Substrings of class/id of an article's lead (standfirst, summary) in the languages of the pages read:
    /// the box of a sentence or two that stands before the body, often outside its container.
    static let leadSubstrings: [String] = [
        "lead", "intro", "summary", "teaser", "excerpt", "abstract", "standfirst", "epigraph", "deck", "preface",
        "description", "subtitle", "sub-title", "strapline", "vorspann", "bajada", "chapeau", "chapo", "entradilla",
        "sottotitolo", "occhiello", "sommario", "zajawka",
    ]

    /// Whole class/id tokens that mark chrome (too short to match as substrings).
    static let chromeTokens: Set<String> = [
        "ad", "ads", "nav", "share", "tools", "meta", "date", "time", "hide", "hidden", "aside", "header",
        "related", "tags", "tag", "topics", "source", "sources", "photo", "image", "img", "figure",
    ]

    /// Substrings of class/id that mark the article body.
    static let contentSubstrings: [String] = [
        "article-body", "articlebody", "article_body", "article__body", "story-body", "storybody", "story_body",
        "entry-content", "post-content", "post-body", "postbody", "article-content", "article__content",
        "story-content", "article-text", "articletext", "story-text", "body-text", "bodytext", "main-content",
        "article_content", "post_content", "entry_content", "content-body", "text-body", "rich-text", "richtext",
        "article", "story", "entry", "content", "post", "text", "body", "blog",
    ]

    /// The class/id names of `contentSubstrings` that only a publisher's article body wears (not a page's
    /// generic "content" wrapper): a box so named holds the whole article.
    static let bodySubstrings: [String] = [
        "article-body", "articlebody", "article_body", "article__body", "story-body", "storybody", "story_body",
        "entry-content", "post-content", "post-body", "postbody", "article-content", "article__content",
        "story-content", "article-text", "articletext", "story-text", "article_content", "post_content",
        "entry_content",
    ]

    /// Texts of short lines that are chrome whatever the markup (compared lower-cased, as prefixes).
    static let chromeLinePrefixes: [String] = [
        "read more", "read also", "also read", "related:", "related articles", "related stories", "see also",
        "advertisement", "sign up", "subscribe", "share this", "share on", "follow us", "click here",
        "photo:", "photo by", "image:", "credit:", "copyright", "©", "all rights reserved", "(photo", "[photo",
        "listen to this article", "print this", "email this", "newsletter", "recommended", "more from",
        "most read", "most popular", "trending", "you may also like", "you might also like", "don't miss",
        "loading", "getty images", "reuters photo", "ap photo", "file photo", "watch:", "video:", "continue reading",
        "have a tip", "got a tip", "get the latest", "if you enjoyed this", "related coverage", "sign up for",
        // Picture credits in the languages of the pages read ("Titelbild: Name", "Crédits photos : Agence").
        "photos:", "photo credit", "image credit", "featured image", "foto:", "fotos:", "bild:", "bilder:",
        "titelbild:", "beitragsbild:", "titelfoto:", "bildquelle:", "bildnachweis:", "fotonachweis:",
        "crédits photos", "crédit photo", "crédits photo", "imagen:", "fotografía:", "foto de portada", "crédito:",
        "créditos:", "foto di copertina", "zdjęcie:", "fot.:",
    ]

    /// Words that mark an advertisement when they stand alone on a line ("Anzeige", "- Advertisement -"), in the
    /// languages of the pages read; compared lower-cased, without the dashes and brackets around them.
    static let adLabels: Set<String> = [
        "ad", "advert", "advertisement", "sponsored", "anzeige", "werbung", "gesponsert", "publicidad", "publicité",
        "annonce", "pubblicità", "reklama", "reklame", "advertentie", "mainos",
    ]

    /// Short lines starting like this are chrome when they also name a social network or "coverage".
    static let socialLinePrefixes: [String] = ["follow ", "like us on", "find us on", "connect with", "join us on"]
    static let socialWords: [String] = [
        "twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok", "telegram", "whatsapp", "coverage", "@",
    ]
}
