"""The names inference recognises, compared after `norm` (case and punctuation gone):
of paging parameters, of the fields that say where a page is, and of what holds them."""

# An envelope inside the envelope: `{"result": {"points": [...], "next_page_offset": 3}}`
RESULT_HOLDERS = frozenset({"result", "results", "response", "data", "page"})
PAGE_HOLDERS = frozenset({"page", "pagination", "paging"})
ITEM_NAMES = frozenset({"data", "items", "results", "entries", "records", "values", "elements"})
PAGE_PARAMS = frozenset({"page", "pagenumber", "pageno", "pagenum", "pageindex"})
PAGE_SIZE_PARAMS = frozenset(
    {"pagesize", "perpage", "size", "limit", "pagelimit", "recordsperpage", "pagesizes"}
)
OFFSET_PARAMS = frozenset({"offset", "skip"})
OFFSET_SIZE_PARAMS = frozenset(
    {"limit", "size", "pagesize", "perpage", "count", "maxresults", "top"}
)
CURSOR_PARAMS = frozenset(
    {
        "cursor",
        "after",
        "startingafter",
        "pagetoken",
        "pagecursor",
        "marker",
        "iterator",
        "continuationtoken",
        "nexttoken",
        "nextpagetoken",
        "nextcursor",
        "scrollparam",
        "startcursor",
        "offset",
    }
)
AFTER_ID_PARAMS = frozenset({"after", "startingafter", "afterid"})
# Cursor parameters whose response field of the same name is the next value (Svix's
# `iterator`), not an echo of the one sent.
SELF_NAMED_CURSORS = frozenset(
    {"iterator", "continuationtoken", "nexttoken", "nextpagetoken", "nextcursor", "scrollparam"}
)
FLAG_NAMES = {
    "has_more": frozenset({"hasmore", "hasnext", "hasnextpage", "more"}),
    "done": frozenset({"done", "islast", "lastpage"}),
}
PAGE_FIELDS = (
    ("current_page", frozenset({"page", "pagenumber", "currentpage", "pageno", "pagenum"})),
    ("total_pages", frozenset({"totalpages", "pagecount", "numpages", "pages"})),
    ("next_page", frozenset({"nextpage", "nextpagenumber"})),
)
TOTAL_COUNT = frozenset(
    {"totalcount", "total", "totalresults", "totalitems", "totalrecords", "totalentries"}
)
NEXT_URL_NAMES = frozenset(
    {
        "nextpageurl",
        "nextpageuri",
        "nexturl",
        "nexturi",
        "nextlink",
        "nextpagelink",
        "odatanextlink",
    }
)
LINK_HOLDERS = frozenset({"links", "link", "paging", "pagination"})
