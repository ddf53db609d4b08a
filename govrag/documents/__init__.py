"""The office's own documents (通知・要領・Q&A・起案): loaders, per-passage classification, indexing."""
