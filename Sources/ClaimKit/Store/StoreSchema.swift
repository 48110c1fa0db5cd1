/// The tables of a claims database (`claims db update`), made for browsing in Datasette.
///
/// `articles` and `claims` are the stored inputs: an article keeps its content hash (so an unchanged
/// file is never read again) and what a report needs of it (`ArticleDigest`: metadata, word count,
/// wire-copy sketch, story fingerprint). `stories`, `story_outlets`, `facts`, `differences`,
/// `variants` and `omissions` are derived: every update rebuilds them from the stored claims and
/// digests. Links into derived tables are deferred foreign keys, so they may be rebuilt inside the
/// update's one transaction.
enum StoreSchema {
    /// Bumped when the tables change; an older file is refused rather than misread.
    static let version = 1

    static let tables = """
        CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS stories (
            id TEXT PRIMARY KEY, label TEXT NOT NULL, terms TEXT NOT NULL, first_date TEXT, last_date TEXT,
            article_count INTEGER NOT NULL, fact_count INTEGER NOT NULL, outlet_count INTEGER NOT NULL,
            position INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, bytes INTEGER NOT NULL,
            title TEXT, outlet TEXT NOT NULL, url TEXT, published TEXT, words INTEGER NOT NULL,
            claim_count INTEGER NOT NULL,
            story_id TEXT REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
            source TEXT, sketch BLOB, sketch_complete INTEGER NOT NULL, fingerprint TEXT NOT NULL,
            outlet_known INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS skipped_files (
            path TEXT PRIMARY KEY, content_hash TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS facts (
            id TEXT PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
            category TEXT NOT NULL, summary TEXT NOT NULL, value_text TEXT NOT NULL, subject_kind TEXT NOT NULL,
            unit TEXT, outlets TEXT NOT NULL, outlet_count INTEGER NOT NULL, independent_sources INTEGER NOT NULL,
            published TEXT, sum_of TEXT, part_of TEXT, timeline TEXT, timeline_with TEXT,
            difference_count INTEGER NOT NULL, disagreement TEXT, position INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS claims (
            id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL, outlet TEXT, published TEXT, category TEXT NOT NULL, value REAL, upper REAL,
            qualifier TEXT NOT NULL, unit TEXT, subject TEXT NOT NULL, speaker TEXT, speaker_entity TEXT,
            sentence TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            trigger_word TEXT, cue TEXT, vague INTEGER,
            fact_id TEXT REFERENCES facts(id) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (article_id, ordinal));
        CREATE TABLE IF NOT EXISTS story_outlets (
            story_id TEXT NOT NULL REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED, outlet TEXT NOT NULL,
            articles INTEGER NOT NULL, told INTEGER NOT NULL, omitted INTEGER NOT NULL, claims INTEGER NOT NULL,
            attributed INTEGER NOT NULL, PRIMARY KEY (story_id, outlet));
        CREATE TABLE IF NOT EXISTS differences (
            id INTEGER PRIMARY KEY, fact_id TEXT NOT NULL REFERENCES facts(id) DEFERRABLE INITIALLY DEFERRED,
            kind TEXT NOT NULL, detail TEXT NOT NULL, variant_count INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS variants (
            difference_id INTEGER NOT NULL REFERENCES differences(id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL, text TEXT NOT NULL, outlets TEXT NOT NULL, PRIMARY KEY (difference_id, position));
        CREATE TABLE IF NOT EXISTS omissions (
            id INTEGER PRIMARY KEY, fact_id TEXT NOT NULL REFERENCES facts(id) DEFERRABLE INITIALLY DEFERRED,
            story_id TEXT NOT NULL REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED, outlet TEXT NOT NULL,
            category TEXT NOT NULL, summary TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
        CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
        CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
        CREATE INDEX IF NOT EXISTS claims_fact ON claims(fact_id);
        CREATE INDEX IF NOT EXISTS claims_category ON claims(category);
        CREATE INDEX IF NOT EXISTS claims_outlet ON claims(outlet);
        CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_entity);
        CREATE INDEX IF NOT EXISTS facts_story ON facts(story_id);
        CREATE INDEX IF NOT EXISTS facts_category ON facts(category);
        CREATE INDEX IF NOT EXISTS differences_fact ON differences(fact_id);
        CREATE INDEX IF NOT EXISTS differences_kind ON differences(kind);
        CREATE INDEX IF NOT EXISTS omissions_outlet ON omissions(outlet);
        CREATE INDEX IF NOT EXISTS omissions_fact ON omissions(fact_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(sentence, subject, content='claims', content_rowid='id');
        CREATE TRIGGER IF NOT EXISTS claims_fts_insert AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts(rowid, sentence, subject) VALUES (new.id, new.sentence, new.subject);
        END;
        CREATE TRIGGER IF NOT EXISTS claims_fts_delete AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts(claims_fts, rowid, sentence, subject) VALUES ('delete', old.id, old.sentence, old.subject);
        END;
        """

    /// The tables rebuilt by every update, children first (the order they are emptied in).
    static let derived = ["omissions", "variants", "differences", "story_outlets", "facts", "stories"]
}
