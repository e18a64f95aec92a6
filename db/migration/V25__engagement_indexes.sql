-- The engagement dashboard counts a collaborative's posts per author and month (decision 0035). Reading them from this
-- index alone, thread by thread, spares a row lookup per post; the collaborative's spaces and threads are few.
CREATE INDEX ix_discussion_post_thread_activity ON discussion_post (thread_id, created_at, author_id, withdrawn_at);
