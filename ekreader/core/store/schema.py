"""The cache's schema: its migrations, one per version (PRAGMA user_version), applied in
order to a cache of an older version. Each migration is a frozen record of what an old
cache gets: never edit one that has shipped, add the next."""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        user_title TEXT,
        site_url TEXT,
        folder TEXT,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        last_status INTEGER,
        last_error TEXT,
        last_fetched INTEGER,
        gone INTEGER NOT NULL DEFAULT 0,
        added_at INTEGER NOT NULL
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        guid TEXT,
        title TEXT NOT NULL,
        link TEXT,
        author TEXT,
        published INTEGER,
        updated INTEGER,
        sort_time INTEGER NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        content TEXT,
        fulltext TEXT,
        links TEXT,
        dateline TEXT,
        text_source TEXT,
        page_status TEXT,
        page_error TEXT,
        page_attempts INTEGER NOT NULL DEFAULT 0,
        breaking INTEGER NOT NULL DEFAULT 0,
        breaking_reason TEXT,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        scroll REAL NOT NULL DEFAULT 0,
        entry_hash TEXT NOT NULL,
        fetched_at INTEGER NOT NULL,
        UNIQUE (feed_id, key)
    );
    CREATE INDEX articles_time ON articles (sort_time DESC, id DESC);
    CREATE INDEX articles_feed_time ON articles (feed_id, sort_time DESC, id DESC);
    CREATE INDEX articles_feed_unread ON articles (feed_id) WHERE read = 0;
    CREATE INDEX articles_unread ON articles (sort_time DESC, id DESC) WHERE read = 0;
    CREATE INDEX articles_breaking ON articles (sort_time DESC, id DESC) WHERE breaking = 1;
    CREATE INDEX articles_starred ON articles (sort_time DESC, id DESC) WHERE starred = 1;
    CREATE INDEX articles_pages ON articles (page_status) WHERE page_status IN ('pending', 'failed');
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, fulltext,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, fulltext ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    """,
    # 2: the Breaking view lists the latest arrivals first.
    """
    DROP INDEX articles_breaking;
    CREATE INDEX articles_breaking ON articles (fetched_at / 600 DESC, sort_time DESC, id DESC)
        WHERE breaking = 1;
    """,
    # 3: a leaner search index: no token positions (searches are sets of words, never
    # phrases), and merges in larger steps. About 13 % less indexing CPU per article.
    """
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    DROP TRIGGER articles_fts_update;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, fulltext,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', detail = column
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, fulltext ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, fulltext)
        VALUES ('delete', old.id, old.title, old.summary, old.fulltext);
        INSERT INTO articles_fts (rowid, title, summary, fulltext)
        VALUES (new.id, new.title, new.summary, new.fulltext);
    END;
    INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
    """,
    # 4: search folds accents in every script (Greek, Cyrillic, Arabic, Hebrew ...), not
    # only in Latin as FTS5's tokenizer does: the index holds the text as search_fold()
    # gives it, and queries are folded the same way. The Store keeps the index itself
    # (Store._reindex), no longer by triggers: a trigger would need the fold as an SQL
    # function, which another program editing the cache (the sqlite3 shell) does not
    # have, so its every update or delete of an article would fail; and through an
    # insert trigger FTS5 writes every row out as a segment of its own, which the index
    # then has to merge (storing an entry of the bench took 103 us of CPU so, 69 us now,
    # folding included). 'rebuild' would index the unfolded columns, so the index is made
    # anew and filled here through ek_fold (search_fold, which every Store registers).
    """
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    DROP TRIGGER articles_fts_update;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, fulltext,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', detail = column
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    INSERT INTO articles_fts (rowid, title, summary, fulltext)
        SELECT id, ek_fold(title), ek_fold(summary), ek_fold(fulltext) FROM articles;
    """,
    # 5: the addresses a feed had before permanent redirects moved it, so that settings
    # written for the address it was subscribed under ([feeds."URL"]) still apply.
    """
    CREATE TABLE feed_moves (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        moved_at INTEGER NOT NULL,
        PRIMARY KEY (feed_id, url)
    );
    """,
    # 6: facts about the cache itself; 'first_run' once the reader's first start set it
    # up (a cache that already has subscriptions had its first start, in effect), so that
    # unsubscribing from everything never brings the default feeds back.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta (key, value) SELECT 'first_run', 'before schema 6'
        WHERE EXISTS (SELECT 1 FROM feeds);
    """,
    # 7: when a feed may be fetched again by the reader's schedule: the minutes its <ttl>
    # asks for, and the time its server's Retry-After or Cache-Control allows.
    """
    ALTER TABLE feeds ADD COLUMN ttl INTEGER;
    ALTER TABLE feeds ADD COLUMN not_before INTEGER;
    """,
    # 8: the articles a prune removed, by feed and a digest of their key, so that a feed
    # still listing one never brings it back; missing_since: when the feed's body stopped
    # listing it (NULL while it does), so the memory is forgotten a while after that
    # (core/decide/retention.py).
    """
    CREATE TABLE removed (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        key_digest INTEGER NOT NULL,
        missing_since INTEGER,
        PRIMARY KEY (feed_id, key_digest)
    ) WITHOUT ROWID;
    CREATE INDEX removed_missing ON removed (missing_since) WHERE missing_since IS NOT NULL;
    """,
    # 9: the articles whose page failed (retried later, or given up over its budget), by
    # feed and newest first, for the error view and `feeds --json` failed_pages.
    """
    CREATE INDEX articles_page_failures ON articles (feed_id, sort_time DESC, id DESC)
        WHERE page_status IN ('failed', 'given_up');
    """,
    # 10: the query language and filters. `hidden`: a filter (the killfile) hid the
    # article, which then appears in no list, count or search: the indexes the lists
    # walk and count hold only visible articles (and one index the hidden ones), so a
    # list never reads a row to skip it. The search index keeps token positions again,
    # so it answers "exact phrases" itself (a phrase of common words has thousands of
    # candidates, too many to check in the text), and the full text goes in with a
    # token nobody types (U+E000) between sections and between a heading and its
    # text, so no phrase spans them (ek_fold_sections, which every Store registers).
    """
    ALTER TABLE articles ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
    DROP INDEX articles_time;
    CREATE INDEX articles_time ON articles (sort_time DESC, id DESC) WHERE hidden = 0;
    DROP INDEX articles_feed_time;
    CREATE INDEX articles_feed_time ON articles (feed_id, sort_time DESC, id DESC)
        WHERE hidden = 0;
    DROP INDEX articles_feed_unread;
    CREATE INDEX articles_feed_unread ON articles (feed_id) WHERE read = 0 AND hidden = 0;
    DROP INDEX articles_unread;
    CREATE INDEX articles_unread ON articles (sort_time DESC, id DESC)
        WHERE read = 0 AND hidden = 0;
    DROP INDEX articles_breaking;
    CREATE INDEX articles_breaking ON articles (fetched_at / 600 DESC, sort_time DESC, id DESC)
        WHERE breaking = 1 AND hidden = 0;
    DROP INDEX articles_starred;
    CREATE INDEX articles_starred ON articles (sort_time DESC, id DESC)
        WHERE starred = 1 AND hidden = 0;
    CREATE INDEX articles_hidden ON articles (sort_time DESC, id DESC) WHERE hidden = 1;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, fulltext,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    INSERT INTO articles_fts (rowid, title, summary, fulltext)
        SELECT id, ek_fold(title), ek_fold(summary), ek_fold_sections(fulltext) FROM articles;
    """,
    # 11: stories and revisions. `story` is the id of the story an article belongs to
    # (NULL until the clustering pass saw it; see core/clustering.py); `stories` keeps, for
    # each story, its title (its most representative headline) and its time span, so the
    # Stories view lists the latest stories without grouping every article. `link_key`
    # and `text_key` are what copies of one article carried by several feeds share
    # (core/stories/duplicates.py); `copy_of` the article a copy repeats. `revised_at` is
    # when an article's latest revision was seen; `revisions` keeps its earlier versions
    # (title, summary and sections, compressed), the last few per article.
    """
    ALTER TABLE articles ADD COLUMN story INTEGER;
    ALTER TABLE articles ADD COLUMN link_key TEXT;
    ALTER TABLE articles ADD COLUMN text_key TEXT;
    ALTER TABLE articles ADD COLUMN copy_of INTEGER;
    ALTER TABLE articles ADD COLUMN revised_at INTEGER;
    CREATE INDEX articles_story ON articles (story) WHERE story IS NOT NULL;
    CREATE INDEX articles_unclustered ON articles (sort_time) WHERE story IS NULL;
    CREATE INDEX articles_link_key ON articles (link_key) WHERE link_key IS NOT NULL;
    CREATE INDEX articles_text_key ON articles (text_key) WHERE text_key IS NOT NULL;
    CREATE INDEX articles_copies ON articles (copy_of) WHERE copy_of IS NOT NULL;
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        title_id INTEGER,
        first_seen INTEGER NOT NULL,
        latest INTEGER NOT NULL
    );
    CREATE INDEX stories_latest ON stories (latest DESC, id DESC);
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seen_at INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE INDEX revisions_article ON revisions (article_id, id DESC);
    """,
    # 12: sync with a feed server (store/sync.py): which feed is which subscription there
    # (its stream id), which article is which item there (its id, in the signed 64-bit
    # form), and the read and starred state the server had for it at the last sync: where
    # the article's own state differs, a mark made here waits to be sent.
    """
    CREATE TABLE sync_feeds (
        feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
        stream_id TEXT NOT NULL UNIQUE
    );
    CREATE TABLE sync_items (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        remote_id INTEGER NOT NULL UNIQUE,
        read INTEGER NOT NULL,
        starred INTEGER NOT NULL
    );
    """,
    # 13: a smaller search index for the same searches (bench/run.py's cache of 10 000
    # articles: the index 8.9 -> 7.3 MB). The full text is its first column: FTS5 writes
    # the places of a word in an article column by column, each column but the first
    # after a two-byte mark, and most places are in the full text, which went last. Made
    # anew and filled as in 10, in the migration's one transaction (a kill leaves 12).
    """
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        fulltext, summary, title,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
    INSERT INTO articles_fts (rowid, fulltext, summary, title)
        SELECT id, ek_fold_sections(fulltext), ek_fold(summary), ek_fold(title) FROM articles;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"
"""The search index's tokenizer (as the latest migration creates it)."""


def migrate(db: sqlite3.Connection) -> None:
    """Bring the cache to SCHEMA_VERSION (inside the caller's write transaction)."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version, SCHEMA_VERSION):
        for statement in split_script(MIGRATIONS[number]):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def split_script(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement keeps triggers whole)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
