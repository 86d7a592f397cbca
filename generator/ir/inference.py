"""The name a route gets with nothing but the document to go on: its resource path and
method name, from its HTTP method, its URL's shape and its summary, the rules a person
applies when naming a client by hand:

- an operation on a path with no literal segment (`/`, `/{id}`) is a method of the client
  itself (`client.retrieve`), not of a resource called `default`;
- the resources are the path's literal segments, nested (`/porting_orders/{id}/comments`
  -> `porting_orders.comments`), in snake case (`text-to-speech`, `smsOtp`,
  `rotate-meta-token` all become words), without a version prefix (`/v2`, `/api/v1`,
  `/api/0`, `/2010-04-01`, `/api/rest/v1`; kept where a resource is at two versions, or
  at one and at none: `v1.locations`, `v2.locations`) or a file extension (`Calls.json`);
  what leads the version stays where it differs between paths, less the word `api`
  (`/video/v1/assets`, `/data/v1/errors`, `/api/2/issue`: video.assets, data.errors, issue);
- on a collection, `GET` is `list` (or `retrieve`, where there is no item below it and
  neither the response nor the summary says it lists) and `POST` is `create`; on an item
  (`/{id}`), `GET` is `retrieve`, `PUT`, `PATCH` and `POST` are `update` (`replace` and
  `create` beside another), `DELETE` is `delete`;
- a `GET` that returns pages lists, wherever it is (pagination's verdict, `Route.pages`),
  and so does one whose summary says it lists ("List available voices");
- a `DELETE` on a collection whose items are deleted one by one deletes in bulk
  (`DELETE /recordings`: `recordings.delete_bulk`; `delete_all` where the summary says
  all), where its operationId says no more than that;
- a literal leaf with one operation and nothing below it, or one whose name starts with
  a verb, is a method of its parent: `POST /calls/{id}/actions/hangup` is
  `calls.actions.hangup`, `GET /connections/{id}/active_calls` is
  `connections.list_active_calls`; so is an item alone under its parent
  (`DELETE /voice_designs/{id}/versions/{v}`: `voice_designs.delete_version`);
- the summary's own verb, where it is some other action than CRUD, names the operation:
  `POST /messages` "Send a message" is `messages.send`, `POST /messages/long_code`
  "Send a long code message" `messages.send_long_code`, `DELETE /repos/{id}/lock`
  "Unlock a repository" `repos.unlock`, `GET /voice_clones/{id}/sample` "Download voice
  clone audio sample" `voice_clones.download_sample` (see `_said`, `_verb_first`,
  `_read_as_said` for what it does not override); "Submit a request" or "Start a run"
  POSTed to a collection of items with ids creates one (`requests.create`);
- a top-level leaf that is a verb phrase is a method of the API (`POST /createIncident`:
  `client.create_incident`), and so is the name a document writes into the path key
  where operations share one URL (`/rest?method=flickr.photos.search`,
  `/#Action=AssumeRole`: `rest.photos.search`, `client.assume_role`, without the
  dotted prefix every such name shares).

Names may repeat here; `layout` hands them out, falling back to `fallback_names`.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl

from generator.ir import naming

# The operations a path item may have, in the order OpenAPI lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# `v1`, `v2.1`, `0`, `2010-04-01`: versions, not resources (leading the path: see `_version`).
_VERSION_SEGMENT = re.compile(r"^(v?\d+(\.\d+)*|\d{4}-\d{2}-\d{2})$")
# `Calls.json`: a format, not part of the name.
_EXTENSION = re.compile(r"\.(json|xml|csv|txt|yaml|yml|html|pdf|zip)$", re.IGNORECASE)
# A leaf whose first word is one of these names an action, not a collection.
VERBS = frozenset("""
    abort accept activate add answer append apply approve archive assign attach authorize
    batch block bridge calculate cancel capture change charge check claim clone close complete
    confirm connect contest copy count deactivate decline delete deny deregister detach
    disable disconnect dismiss download duplicate enable end enhance enqueue estimate
    execute expire expunge export extend fetch find finalize flush fork gather generate grant hangup hold
    import initiate insert invite invoke join kick leave link lock login logout mark merge move
    mute notify open pause ping play preview promote publish purchase
    reactivate recalculate record redact redeem refer refresh refund regenerate register reject
    reload remove rename render reopen replace republish resend reset
    resolve restart restore resume retry revet revoke rotate schedule search send set
    save share sign simulate speak start stop submit subscribe summarize suspend switch sync
    terminate test toggle transcribe trim transfer translate trigger unarchive unassign unblock
    unhold unlink unlock unmute unpublish unsubscribe unsuspend update upgrade upload
    upsert validate verify void
    """.split())

# Verbs that read as one when they end a leaf's name (`record_start`, `file_upload`),
# where most verbs at the end are nouns (`sub_request`, `speed_test`).
TRAILING_VERBS = frozenset(
    "start stop pause resume enable disable cancel change update check upload download join leave".split()
)

# Verbs a GET may perform as a method of its own (`GET /documents/{id}/download`); any
# other verb leaf of a GET is a thing read (`GET /libraries/{id}/share`: retrieve_share).
READ_VERBS = frozenset(
    "check contains count download export find lookup preview render search".split()
)

# The verbs that say what each HTTP method does already: a leaf leading with one
# (`GET /osis/getPipeline/{name}`, `GET /campaigns/list`, `DELETE /mimic/{id}/remove`)
# is the method, with no second verb (get_pipeline, list, remove; not
# retrieve_get_pipeline, retrieve_list, delete_remove).
_RESTATED = {
    "get": frozenset("get list fetch retrieve read describe".split()),
    "delete": frozenset("delete remove".split()),
    "put": frozenset("create update put set".split()),
    "patch": frozenset("update patch set".split()),
}

# A leaf that leads with one of these says how, not what: `POST /voice_clones/from_upload`
# creates one (`create_from_upload`); its last word is no verb to lead with.
PREPOSITIONS = frozenset("by for from in into of on to via with".split())


@dataclass(frozen=True)
class Route:
    """What inference sees of an operation: its HTTP method, its path, whether its
    success response holds a list, and whether it returns pages (pagination's verdict)."""

    method: str
    path: str
    lists: bool = False
    pages: bool = False
    summary: str = ""
    # The names of its parameters: a `#fragment` naming one tells operations apart
    # (`/tags#resourceArn`), it does not name the method.
    parameters: frozenset[str] = frozenset()
    # Whether it says more than the shape does (`deleteAllStubMappings`: not delete_bulk).
    operation_id: str = ""


@dataclass(frozen=True)
class Placement:
    """Where inference puts one route. `plain`: the name is the one its shape gives
    (`retrieve` on an item, `list` on a collection), so it keeps the name in a clash
    with one that only got there by a rule of thumb (`DELETE /things`, a bulk delete)."""

    resource: tuple[str, ...]
    name: str
    plain: bool = True


def infer(routes: Sequence[Route]) -> list[Placement]:
    """Where each route goes and what it is called, from the URL's shape and the HTTP
    method alone. Names may repeat: `locate` resolves clashes."""
    literals, tops = _all_literal_names(routes)
    # How many operations each literal path carries, which have literal paths below,
    # and the HTTP methods on their items (`/pets/{id}`).
    carried: dict[tuple[str, ...], int] = {}
    parents: set[tuple[str, ...]] = set()
    on_item: dict[tuple[str, ...], set[str]] = {}
    on_collection: dict[tuple[str, ...], set[str]] = {}  # the HTTP methods on each
    # The places each name is a resource at (`tags` under /contacts/{id} and at /tags).
    homes: dict[str, set[tuple[str, ...]]] = {}
    for route, names in zip(routes, literals, strict=True):
        carried[names] = carried.get(names, 0) + 1
        parents.update(names[:depth] for depth in range(len(names)))
        for depth in range(len(names)):
            homes.setdefault(names[depth], set()).add(names[:depth])
        if _ends_in_parameter(route.path):
            on_item.setdefault(names, set()).add(route.method.lower())
        else:
            on_collection.setdefault(names, set()).add(route.method.lower())

    # The URLs (parameters alike) that can be read: a collection of an item neither
    # listed nor read item by item holds things added to it, not made there
    # (`/assistants/{id}/tags`).
    readable = {_shape(r.path) for r in routes if r.method.lower() == "get"}

    def linked(names: tuple[str, ...], path: str) -> bool:
        """Whether the resource is a link to one that lives at a shallower place too, or
        a set of things that cannot be read there."""
        if not names:
            return False
        collection = _shape(path).removesuffix("/{}")  # an item's: its collection's
        if "{}" in collection and not {collection, f"{collection}/{{}}"} & readable:
            return True
        return min(len(h) for h in homes[names[-1]]) < len(names) - 1

    # How many operations of each method share each URL (`#fragment`s apart).
    urls = [(r.method.lower(), written_query(r.path)[0]) for r in routes]
    sharing = Counter(urls)
    written_names = [
        _written_name(r.path, sharing[url] > 1) for r, url in zip(routes, urls, strict=True)
    ]
    # The dotted parts every written name starts with name the API, not a resource of it
    # (`flickr.` of `flickr.photos.search`, `AWSStepFunctions.` of every operation's).
    shared = os.path.commonprefix([w[:-1] for w in written_names if len(w) > 1])

    out: list[Placement] = []
    for route, names, written, top in zip(routes, literals, written_names, tops, strict=True):
        method = route.method.lower()
        verb = _own_verb(route.summary)
        if written:
            # `/rest?method=flickr.photos.search`, `/#Action=AssumeRole`: the API's own
            # name for the method, its dots the resources it is on (`rest.photos.search`).
            *under, name = written[len(shared) :] if len(written) > 1 else written
            resource = (*names, *(naming.resource_name(w) for w in under))
            out.append(Placement(resource, name, plain=False))
            continue
        fragment = _fragment_name(route)
        if fragment:
            # `/files/{id}#add_shared_link`: the document's own name for one of several
            # operations on one URL, a method of the resource the URL is.
            name = (
                fragment
                if _is_verb(fragment) or fragment.startswith("get_")
                else (_action(method, fragment, route.lists or route.pages))
            )
            out.append(Placement(names, name, plain=False))
            continue
        if not names or _ends_in_parameter(route.path):
            # An item that returns pages, or a list its summary says it lists ("List
            # verifications by phone number"), is a filter: it lists. It still retrieves
            # where its collection lists.
            pages = (route.pages or route.lists and verb == "list") and "get" not in (
                on_collection.get(names, set())
            )
            name = _item_verb(method, on_item.get(names, set()), pages)
            name = _said(verb, name, names[-1] if names else "", linked(names, route.path))
            if len(names) > top + 1 and carried[names] == 1 and names not in parents:
                # `/voice_designs/{id}/versions/{id}` alone: not a collection but one
                # thing its parent does, `voice_designs.delete_version`.
                if _is_verb(names[-1]) or _restates(method, names[-1]):
                    # `/exports/cancel/{id}`: exports.cancel; `/getPipeline/{id}`: get_pipeline
                    name = _action(method, names[-1], route.pages)
                elif name == "retrieve" and (read := _read_as_said(verb, route, names[-2])):
                    name = read
                else:
                    name = _phrase(name, _leaf_words(route.path), route.summary, name != "list")
                out.append(Placement(names[:-1], name))
                continue
            out.append(Placement(names, name, plain=name != "list"))
            continue
        leaf = names[-1]
        childless = names not in parents and names not in on_item
        # A GET whose summary says it lists ("List all regions") lists, whatever its
        # response shows.
        lists = route.lists or route.pages or method == "get" and verb == "list"
        if len(names) == top + 1 and childless and carried[names] == 1 and _calls(leaf):
            # `/createResponsePlan`, `/getTimelineEvent`: a method of the API, not a
            # resource with one (`create_response_plan.create`).
            out.append(Placement(names[:-1], _action("post", leaf, lists), plain=False))
            continue
        if len(names) > top + 1 and childless and (carried[names] == 1 or _is_verb(leaf)):
            name = _action(method, leaf, lists)
            if method == "post" and name == leaf and not _is_verb(leaf):
                name = _verb_first(verb, route, names[-2]) or name
            elif method == "get" and name.startswith("retrieve_"):
                name = _read_as_said(verb, route, names[-2]) or name
            elif method in ("put", "patch", "delete") and name.startswith(f"{_CRUD[method]}_"):
                # `DELETE /repos/{id}/lock` "Unlock a repository": unlock
                if verb and verb not in _CRUD_VERBS and verb not in _LINKS:
                    name = _phrase(verb, _leaf_words(route.path), route.summary)
            out.append(Placement(names[:-1], name))
            continue
        lists = lists or names in on_item
        if method == "post" and names in on_item and verb in _MAKING:
            verb = ""  # `POST /requests` "Submit a request", where requests have ids: create
        name = _collection_verb(method, lists, on_collection[names])
        name = _said(verb, name, leaf, linked(names, route.path))
        if name == "delete" and "delete" in on_item.get(names, set()):
            # `DELETE /recordings` beside `DELETE /recordings/{id}`, unless its
            # operationId says more (`deleteAllStubMappings`): that names it in the clash.
            own = _operation_name(route.operation_id, route.path)[0]
            if not own or _spells_out(own, route.path):
                name = "delete_all" if "all" in naming.words(route.summary) else "delete_bulk"
        out.append(Placement(names, name, plain=method in ("get", "post")))
    return out


# What the shape names CRUD, and the verbs a summary leads with that say no more than it.
_CRUD_NAMES = frozenset("create update delete replace".split())
_CRUD_VERBS = frozenset("""
    create get list retrieve fetch read view show update modify edit change set replace request
    patch put post delete
    """.split())
# Verbs that read: a POST they lead the summary of is still named for what it does.
_READS = frozenset("get list retrieve fetch read view show".split())
# The CRUD name a leaf of each method takes (`delete_lock`, `update_read`).
_CRUD = {"put": "update", "patch": "update", "delete": "delete"}
# Ways of reading a GET's summary may lead with that say more than retrieve.
_MADE_BY_READING = READ_VERBS | frozenset({"generate"})
# Verbs that, POSTed to a collection of items with ids, say no more than create does:
# submitting a request or starting a run makes one.
_MAKING = frozenset("submit start".split())
# Verbs that say create and delete unless the thing lives elsewhere too.
_LINKS = frozenset("add remove".split())
# Verbs summaries lead with besides those a path's leaf does (`Dial`, `Log event`).
_SUMMARY_VERBS = VERBS | frozenset("""
    agree aggregate ask associate attempt clear collect commit compare compute convert
    deliver dequeue dial disassociate embed exchange extract follow identify
    ingest initialize instantiate log manage map mutate order overwrite pin poll populate
    prepare provision qualify query recover redeliver redirect reauthorize reorder replay
    reply reprioritize reprocess rerequest review run settle signal stage star
    unfollow unpin unregister unschedule unshare unstar unwatch watch
    """.split())


def _own_verb(summary: str) -> str:
    """The verb an operation's summary leads with, in its base form (`Send a message`:
    send, `Deletes a fax`: delete); '' where it leads with none, or with two (`Enable or
    disable ...`, `Generate and fetch ...`, `Redirect a call or end it`)."""
    words = naming.words(summary)
    if not words:
        return ""
    for i, word in enumerate(words[:-1]):
        if word == "or" and (_base_verb(words[i + 1]) or words[i + 1] == words[0]):
            return ""
    if words[1:2] == ["and"] and _base_verb(words[2] if len(words) > 2 else ""):
        return ""  # `Generate and fetch a report`: both
    return _base_verb(words[0])


def _base_verb(word: str) -> str:
    for base in (word, word[:-1], word[:-2]) if word.endswith("s") else (word,):
        if base in _SUMMARY_VERBS or base in _CRUD_VERBS:
            return base
    return ""


def _said(verb: str, name: str, resource: str, linked: bool) -> str:
    """A CRUD name the shape gives, replaced by the verb the document's own summary leads
    with where that is some other action: `POST /messages` "Send a message" is `send`,
    `DELETE /campaigns/{id}` "Deactivate campaign" is `deactivate`. Not where the verb
    is the resource's own (`POST /schedules` "Schedule a workflow", `DELETE
    /assignments/{id}` "Unassign a task"), and "Add"/"Remove" only for a thing `linked`
    there that lives elsewhere too (`DELETE /contacts/{id}/tags/{id}`: remove) or that
    cannot be read there (`POST /assistants/{id}/tags` "Add tag", with no GET: add)."""
    if name not in _CRUD_NAMES:
        return name
    if not verb or verb in _CRUD_VERBS or verb in _LINKS and not linked:
        return name
    own = resource.split("_")[-1]
    core = _core(verb)
    if own in (verb, core) or _same_stem(own, verb) or _same_stem(own, core):
        return name
    if resource.split("_")[0] == verb:  # `/prepare_verification`: its name says it
        return name
    return naming.resource_name(verb)  # `import`: imports, as everywhere in a client path


def _verb_first(verb: str, route: Route, parent: str) -> str:
    """A POST to a leaf that names a thing, led by the verb its summary leads with:
    `POST /messages/long_code` "Send a long code message" is `send_long_code`, `POST
    /chat/completions` "Create a chat completion" `create_completion` (the summary's
    number), `POST /audio/transcriptions` "Transcribe speech" `transcribe` (a word of
    the verb's own stem goes). '' where the summary leads with no verb, or the leaf ends
    with it."""
    if not verb or verb in _READS or _same_stem(parent.split("_")[-1], verb):
        return ""  # `/points/query/groups` "Query groups": not query_groups
    leaf = _leaf_words(route.path)
    if leaf[-1:] == [verb]:  # `similarity_search`: a noun, a search of some kind
        return ""
    if any(word in VERBS and word != verb for word in leaf):  # `bulk_expunge` says what
        return ""
    if len(leaf) == 1 and leaf[0] in _SUMMARY_VERBS:  # `POST /rules/{id}/run`
        return ""
    return _phrase(verb, leaf, route.summary)


def _read_as_said(verb: str, route: Route, parent: str) -> str:
    """A GET of a thing, named for the way of reading its summary leads with where that
    is more than retrieving: `GET /voice_clones/{id}/sample` "Download voice clone audio
    sample" is `download_sample`, `GET /deeplinks/{id}` "Generate RCS deeplink"
    `generate_deeplink`; not where the parent says it (`download.retrieve_data`)."""
    if verb not in _MADE_BY_READING or _same_stem(parent.split("_")[-1], verb):
        return ""
    return _phrase(verb, _leaf_words(route.path), route.summary)


def _phrase(verb: str, leaf: list[str], summary: str, one: bool = False) -> str:
    """`verb` and the leaf's words, without those of the verb's stem, each in the number
    the summary gives it; with `one`, a plural the summary does not use becomes singular
    (`retrieve` and `countries`, "Get coverage for a specific country": retrieve_country)."""
    said = set(re.findall(r"[a-z0-9]+", summary.lower()))
    kept = []
    core = _core(verb)
    for word in leaf:
        single = _singular(word)
        if single in (verb, core) or _same_stem(word, verb) or _abbreviates(word, verb):
            continue  # `transcriptions` of transcribe, `gen` of generate, `lock` of unlock
        if single != word and single in said or one and word not in said:
            word = single
        kept.append(word)
    if all(word.isdigit() for word in kept):  # `PUT /users/{id}/folders/0`: transfer
        kept = []
    return naming.method_name("_".join([verb, *kept]))


def _core(verb: str) -> str:
    """The verb a prefix undoes or repeats: `unlock` -> lock, `reauthorize` -> authorize."""
    return re.sub(r"^(un|de|dis|re)(?=\w{4})", "", verb)


def _abbreviates(word: str, verb: str) -> bool:
    return len(word) > 2 and verb.startswith(word)


def _singular(word: str) -> str:
    """`countries` -> country, `boxes` -> box, `versions` -> version; `status` stays."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _leaf_words(path: str) -> list[str]:
    """The words of the path's last literal segment, as written (`2faEmail`: 2fa, email)."""
    literal = [_literal_part(s) for s in _segments(path) if not _is_parameter(s)]
    return naming.words(literal[-1]) if literal else []


def _same_stem(word: str, verb: str) -> bool:
    """`transcriptions` of transcribe, `validation` of validate, `verification` of verify."""
    common = len(os.path.commonprefix([word, verb]))
    return common >= max(5, len(verb) - 2)


def _item_verb(method: str, siblings: set[str], pages: bool) -> str:
    """`GET /pets/{id}` retrieves (or lists, where it returns pages: `GET
    /endpoints/{id}/attempts/{id}` is a filter), `PATCH` updates; `POST` updates too,
    unless the item has a `PUT` or `PATCH` as well: then it creates. `PUT` beside `PATCH`
    replaces."""
    if method == "get":
        return "list" if pages else "retrieve"
    if method == "post":
        return "create" if siblings & {"put", "patch"} else "update"
    if method == "put" and "patch" in siblings:
        return "replace"
    if method in ("put", "patch"):
        return "update"
    return method  # delete, head, options, trace


def _collection_verb(method: str, lists: bool, siblings: set[str]) -> str:
    """`GET /pets` lists (or retrieves the one thing there), `POST` creates; `PUT` beside
    `PATCH` replaces, as on an item."""
    if method == "get":
        return "list" if lists else "retrieve"
    if method == "post":
        return "create"
    if method == "put" and "patch" in siblings:
        return "replace"
    if method in ("put", "patch"):
        return "update"
    return method


def _action(method: str, leaf: str, lists: bool) -> str:
    """The method a leaf becomes. A `POST` does what the leaf says (`hangup`), a verb
    phrase leading with its verb (`playback_start` -> `start_playback`, and a verb started
    is a doing: `record_start` -> `start_recording`); a `PUT` or `PATCH`
    of a verb does it too (`cancel`), and so does a `GET` of a verb of reading
    (`download`). Otherwise the leaf is a thing: retrieved or listed, updated, deleted
    (`list_active_calls`, `update_read`, `delete_schedule`)."""
    words = leaf.rstrip("_").split("_")
    if words[0] in PREPOSITIONS:
        verb = {"get": "list" if lists else "retrieve", "post": "create", "put": "update"}
        return naming.method_name(f"{verb.get(method, method)}_{leaf}")
    if len(words) > 1 and words[-1] in TRAILING_VERBS:
        if words[0] not in VERBS:
            leaf = naming.method_name("_".join(words[-1:] + words[:-1]))
        elif len(words) == 2:
            leaf = naming.method_name(f"{words[1]}_{_gerund(words[0])}")
    if method == "post":
        return leaf
    if _is_verb(leaf) and method in ("put", "patch"):
        return leaf
    if method == "get" and leaf.split("_")[0] in READ_VERBS:
        return leaf
    if _restates(method, leaf):  # `get` alone is the CRUD verb: retrieve, or list
        return ("list" if lists else "retrieve") if leaf == "get" else leaf
    verb = {"get": "list" if lists else "retrieve", "put": "update", "patch": "update"}
    return naming.method_name(f"{verb.get(method, method)}_{leaf}")


def _gerund(verb: str) -> str:
    """`record` -> `recording`, `move` -> `moving`, `stop` -> `stopping`."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one short syllable: doubled
        return verb + verb[-1] + "ing"
    return verb + "ing"


# The verbs a method of the API itself leads with, beside `VERBS`.
_CALL_VERBS = VERBS | frozenset("get list describe create put".split())


def _calls(name: str) -> bool:
    """Whether a name of two words or more is a verb phrase (`get_timeline_event`)."""
    first, _, rest = name.partition("_")
    return bool(rest) and first in _CALL_VERBS


def _is_verb(name: str) -> bool:
    return name.split("_")[0] in VERBS


def _restates(method: str, name: str) -> bool:
    """Whether the name leads with a verb that says what `method` does (see `_RESTATED`)."""
    return name.split("_")[0] in _RESTATED.get(method, ())


def _segments(path: str) -> list[str]:
    """The path's segments, without a `#fragment` or a `?query` some documents add to
    tell operations on one URL apart (`/connectors/{id}#id`, `/rest?method=...`)."""
    return [s for s in written_query(path)[0].strip("/").split("/") if s]


def written_query(path: str) -> tuple[str, list[tuple[str, str]]]:
    """A path key's URL path and the query some documents write into it (`/rest?method=x`),
    pair by pair, without a `#fragment`: the one reading of it, for names and requests."""
    url_path, _, query = path.partition("#")[0].partition("?")
    return url_path, parse_qsl(query, keep_blank_values=True)


def _written_name(path: str, shared: bool) -> list[str]:
    """The name a query written into the path gives the operation, or failing that its
    `#fragment` written as one where operations of one method `shared` the URL
    (`/#Action=AssumeRole`, `/#X-Amz-Target=Logs.StopQuery`): where its pairs have one
    value, a name, each dotted part a word (`?method=flickr.photos.getInfo`: flickr,
    photos, get_info; `#Operation=GetStatus&Action=GetStatus`: get_status); none for
    pairs of settings (`?platform=ios7&language=es`, `#format=sdk&pretty=true&q`)."""
    fragment = parse_qsl(_fragment(path), keep_blank_values=True) if shared else []
    for pairs in (written_query(path)[1], fragment):
        values = {v for _, v in pairs if v}
        if values:
            value = values.pop()
            if not values and re.fullmatch(_DOTTED_NAME, value):
                return [naming.method_name(part) for part in value.split(".")]
            return []
    return []


_DOTTED_NAME = r"[A-Za-z][\w\-]*(\.[A-Za-z][\w\-]*)*"


def _fragment(path: str) -> str:
    return path.partition("#")[2]


def _fragment_name(route: Route) -> str:
    """The method name a `#fragment` gives where it is one (`/files/{id}#add_shared_link`);
    none where it names a parameter or several (`/tags#resourceArn`,
    `/getTimelineEvent#eventId&incidentRecordArn`: which are required tells operations on
    one URL apart) or is no name at all (`/send/#env/v1/partners/{id}/transfer`)."""
    fragment = _fragment(route.path)
    if not re.fullmatch(r"[A-Za-z_][\w.\-]*", fragment) or fragment in route.parameters:
        return ""
    return naming.method_name(fragment)


def _literal_part(segment: str) -> str:
    """What a segment says besides its parameters and a file extension:
    `thumbnail.{extension}` -> thumbnail, `{sid}.json` -> nothing; a custom method
    leads with its verb (`levels:append` -> append_levels)."""
    text = _EXTENSION.sub("", re.sub(r"\{[^}]*\}", "", segment)).strip(".-_~")
    noun, colon, verb = text.partition(":")
    return f"{verb}_{noun}" if colon and noun and verb else text.strip(":")


def _is_parameter(segment: str) -> bool:
    return "{" in segment and not _literal_part(segment)


def _shape(path: str) -> str:
    """The URL with each parameter `{}`: `/assistants/{assistant_id}/tags` ->
    `/assistants/{}/tags`."""
    return "/" + "/".join("{}" if _is_parameter(s) else s for s in _segments(path))


def _ends_in_parameter(path: str) -> bool:
    segments = _segments(path)
    return bool(segments) and _is_parameter(segments[-1])


def _all_literal_names(routes: Sequence[Route]) -> tuple[list[tuple[str, ...]], list[int]]:
    """Each route's `_literal_names`, and how many of their first names are versions: one
    where a resource is at two versions (`/v1/locations` and `/v2/locations`:
    v1.locations, v2.locations), or an operation at a version and at none (`GET
    /jobs/{id}` and `GET /v2/jobs/{id}`: jobs.retrieve, v2.jobs.retrieve), so that the
    API's versions do not take each other's names; a version is no resource of which a
    leaf is a method (`v1.cities.list`). What comes before the version is kept where it
    differs between paths: the APIs of one document (`/video/v1/assets`,
    `/data/v1/metrics`: video.assets, data.metrics), not the place every path is at."""
    home = _home(routes)
    at = [_version(r.path, home) for r in routes]
    leads = {_before(r.path, v) for r, v in zip(routes, at, strict=True) if v}
    kept = len(leads) > 1
    # A lead, like a version, is no resource of which a leaf is a method (`data.errors`).
    lead = [
        len(_lead_names(r.path, v)) if kept and v else 0 for r, v in zip(routes, at, strict=True)
    ]
    unversioned = [_literal_names(r.path, home, leads=kept) for r in routes]
    versions: dict[tuple[str, ...], set[str]] = {}
    # Operations that would take one name: one method, the same names, and parameters
    # in the same places once the version is out.
    operations: dict[tuple[str, tuple[str, ...], tuple[bool, ...]], set[str]] = {}
    for route, names, version in zip(routes, unversioned, at, strict=True):
        versions.setdefault(names, set()).add(version)
        if names:  # `/webhdfs/v1/{path}` beside `/` is at no resource
            places = tuple(_is_parameter(s) for s in _segments(route.path) if s != version)
            operations.setdefault((route.method.lower(), names, places), set()).add(version)
    if all(len(seen - {""}) < 2 for seen in versions.values()) and all(
        len(seen) < 2 for seen in operations.values()
    ):
        return unversioned, lead
    return [_literal_names(r.path, home, versioned=True, leads=kept) for r in routes], [
        n + int(bool(version)) for n, version in zip(lead, at, strict=True)
    ]


def _home(routes: Sequence[Route]) -> tuple[str, ...]:
    """The two literal segments every path starts with, where the whole API lives
    (`/api/patch` of `/api/patch/v1/advisories`), or ()."""
    leads = {tuple(_segments(r.path)[:2]) for r in routes}
    if len(leads) != 1:
        return ()
    lead = leads.pop()
    return lead if len(lead) == 2 and not any(map(_is_parameter, lead)) else ()


def _version(path: str, home: tuple[str, ...] = ()) -> str:
    """The version prefix of the path (`v2` of `/api/v2/users`), or '': in the first two
    segments, or the third after the `home` every path starts with (`/api/patch/v1/...`,
    `/controller/api/v2/...`; not `/ai/anthropic/v1/messages` beside `/ai/assistants`)."""
    segments = _segments(path)
    depth = 3 if home and tuple(segments[:2]) == home else 2
    return next((s for s in segments[:depth] if _VERSION_SEGMENT.match(s)), "")


def _literal_names(
    path: str, home: tuple[str, ...] = (), versioned: bool = False, leads: bool = False
) -> tuple[str, ...]:
    """The names of the path's literal segments, without the version prefix (`/v2`,
    `/api/v1`, `/api/0`, `/2010-04-01`) unless `versioned` (then first), or file
    extensions (`/2010-04-01/Accounts/{sid}/Calls.json` -> accounts, calls). With
    `leads`, the `_lead_names` before the version stay (`/api-reporting/v2/incidents`:
    reporting, incidents; versioned: v2, reporting, incidents)."""
    segments = _segments(path)
    lead: list[str] = []
    if version := _version(path, home):
        at = segments.index(version)
        lead = _lead_names(path, version) if leads else []
        segments = segments[at + (not versioned) :]
    names = [
        (
            naming.resource_name(f"v{s}" if s[0].isdigit() else s)  # `/2010-04-01`: v2010_04_01
            if _VERSION_SEGMENT.match(s)
            else naming.resource_name(_literal_part(s))
        )
        for s in segments
        if not _is_parameter(s)
    ]
    return tuple(names[:1] + lead + names[1:] if versioned and version else lead + names)


def _before(path: str, version: str) -> tuple[str, ...]:
    """The literal segments of the path before its version segment."""
    segments = _segments(path)
    return tuple(s for s in segments[: segments.index(version)] if not _is_parameter(s))


def _lead_names(path: str, version: str) -> list[str]:
    """The names of the segments before the version, less the word `api`
    (`/api-reporting/v2`: reporting; `/api/2`: none)."""
    names = []
    for segment in _before(path, version):
        words = [w for w in naming.words(_literal_part(segment)) if w != "api"]
        names += [naming.resource_name("_".join(words))] if words else []
    return names


_ARTICLES = frozenset("a an the".split())


def fallback_names(summary: str, operation_id: str, path: str = "") -> list[str]:
    """Names for an operation whose inferred one is taken, best first: the summary where
    it says it in four words or fewer and fewer than the operationId
    (`get_public_missions_missions_runs`, "List recent runs": list_recent_runs); the
    operationId of five words or fewer; the summary of six; the summary's first words
    ("Remove all custom labels from a runner": remove_all); the operationId however long
    (without what tools add: `getGeneUsingGET`, `v3getFeed`, FastAPI's path and method
    after the function's name), then as written. An operationId that only spells out the method and `path` (`post_files_id_uploads`)
    comes last."""
    own, written = _operation_name(operation_id, path)
    if _spells_out(own, path):
        return [*fallback_names(summary, ""), *dict.fromkeys([own, written])]
    said = [w for w in naming.words(summary) if w not in _ARTICLES]
    led = len(said) > 1 and bool(_base_verb(said[0]))
    if led:  # "Deletes a device": delete_device, as a method says it
        said[0] = _base_verb(said[0])
    phrase = naming.method_name("_".join(said)) if led and len(said) <= 6 else ""
    short_own = own if len(own.split("_")) <= 5 else ""
    if phrase and len(said) <= 4 and (not own or len(said) < len(own.split("_"))):
        first = [phrase, short_own]
    else:
        first = [short_own, phrase]
    openings = [
        naming.method_name("_".join(said[:n]))
        for n in range(2, min(len(said), 5))
        if led and said[n - 1] not in _JOINING
    ]
    names = [*first, *openings, own, written]
    return [name for i, name in enumerate(names) if name and name not in names[:i]]


def _operation_name(operation_id: str, path: str) -> tuple[str, str]:
    """The name an operationId gives a method, and the operationId as written, both in
    snake case."""
    # `gists/get-revision`: the group before the slash is the resource already.
    written = naming.method_name(operation_id.rpartition("/")[2]) if operation_id else ""
    own = _without_path_spelled(_TOOL_MARKS.sub("", written) or written, path)
    if grouped := _GROUP_ACTION.fullmatch(operation_id):
        # .NET's `Controller_Action` (`Article_DeleteImage`, `VirtualMachines_List`): the
        # group is the resource already, unless the action is a bare verb.
        group, action = (naming.method_name(g) for g in grouped.groups())
        own = action if "_" in action else f"{action}_{group}"
    elif _DOTTED.fullmatch(operation_id):
        # A dotted path (Google's `cloudiot.projects.locations.registries.devices.delete`):
        # the action on the last resource of it, one of them where it acts on one
        # (delete_device, list_devices, search_photos).
        *_, group, action = (naming.method_name(g) for g in operation_id.split("."))
        one = action in ("get", "delete", "update", "patch", "create", "insert")
        thing = "_".join(map(_singular, group.split("_"))) if one else group
        own = action if "_" in action else f"{action}_{thing}"
    return own, written


def _spells_out(name: str, path: str) -> bool:
    """Whether the name says no more than an HTTP method and `path` do
    (`post_files_id_uploads`, `delete_room_recordings` of `/room_recordings`)."""
    spelled = set(naming.words(path)) | {"get", "put", "post", "patch", "delete", "id"}
    return bool(path and name) and set(name.split("_")) <= spelled


def _without_path_spelled(name: str, path: str) -> str:
    """FastAPI's operationIds spell out the path and method after the function's name
    (`read_items_api_v1_items_item_id_get`): the name is the function's (`read_items`)."""
    words, spelled = name.split("_"), naming.words(path)
    tail = len(spelled) + 1
    if spelled and len(words) > tail and words[-1] in HTTP_METHODS and words[-tail:-1] == spelled:
        return "_".join(words[:-tail])
    return name


_GROUP_ACTION = re.compile(r"([A-Z][A-Za-z0-9]*)_([A-Z][A-Za-z0-9]*)")
_DOTTED = re.compile(r"[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+")


# What tools add to the operationIds they make, no part of the name: springfox's
# `getGeneUsingGET_1` (its method, and a number where two Java methods share a name),
# a version leading it (`v3getFeedItemStatus`).
_TOOL_MARKS = re.compile(r"_using_(get|put|post|delete|patch|head|options)(_\d+)?$|^v\d+_(?=.)")


# Words a name does not end on (`create_or`, `remove_all_from`).
_JOINING = frozenset("and or for from to of in on with by at as into via".split())


def told_apart(wanted: str, path: str, others: Sequence[str]) -> list[str]:
    """Names for an operation whose name `wanted` is taken, from what its path key has
    that the `others` wanting the name do not: the parameters only it takes
    (`/current?city_id={city_id}` beside `/current?postal_code={postal_code}`:
    retrieve_by_city_id; `/sets/{set}/{card}` beside `/sets/{set}`: retrieve_by_card),
    or a file extension (`/timezone.txt` beside `/timezone`: list_txt)."""
    if not others:  # taken by a member of the class, not another operation
        return []
    shared = set.intersection(*(set(_PLACEHOLDER.findall(other)) for other in others))
    own = [p for p in dict.fromkeys(_PLACEHOLDER.findall(path)) if p not in shared]
    names = [naming.method_name("_".join([wanted, "by", *map(naming.snake, own)]))] if own else []
    extension = _EXTENSION.search(written_query(path)[0])
    if extension and not all(_EXTENSION.search(written_query(o)[0]) for o in others):
        names.append(naming.method_name(f"{wanted}_{extension.group(1).lower()}"))
    return names


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
