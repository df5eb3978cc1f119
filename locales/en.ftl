# Claimscope's interface in English: the source every other language translates
# (docs/translating.md). A message's id never changes; its text may. Variables ({ $name }) and
# the choices on them ({ $count -> [one] … *[other] … }, by CLDR's plural categories) must stay;
# the text is plain text, never HTML.

# The language's name in itself, as a reader looking for it in a list of languages would know it
# (English, Українська, Deutsch).
language-name = English

## Dates: day, month (1–12) and year are numbers; write the months in the form each pattern needs.

date-day = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-year = { $year }

## The search box and the count of matching claims

search-label = Search claims
search-placeholder = Search claims, people, sources
result-count-all = { $total ->
    [one] { $total } claim
   *[other] { $total } claims
}
result-count-filtered = { $matching } of { $total ->
    [one] { $total } claim
   *[other] { $total } claims
}
clear-all-filters = Clear all filters

## Integrity findings ($source, $actor, $first, $second and $name are names from the article)

finding-unlisted-title = { $source } is cited but missing from the reference list
finding-unlisted-detail = The text attributes { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} to { $source }, but the reference list does not include it, so a reader cannot look it up.
finding-uncited-title = { $source } is listed but never cited
finding-uncited-detail = The reference list includes it, but no claim in the text is attributed to it.
finding-contradiction-title = { $first } and { $second } contradict each other
# The article's own voice, as a finding names it.
finding-author = the author ({ $name })
# Two claims' headlines, when the article gives no note on their contradiction.
finding-contradiction-detail = “{ $first }” against “{ $second }”.
finding-unsourced-title = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} without a source
finding-unsourced-detail = The text attributes these claims to no source: they rest on the word of whoever makes them.
finding-names-title = { $actor } is called by different full names
# One of the names, with the paragraphs it is in ($paragraphs: "2, 5").
finding-names-name = “{ $name }” ({ $count ->
    [one] paragraph
   *[other] paragraphs
} { $paragraphs })
# $names is a list of finding-names-name, joined by list-unit and list-and ("A, B and C").
finding-names-detail = The text calls the same actor { $names }. Readers may take them for different actors.

## The kinds of actor, claim and relation

actor-kind-person = Person
actor-kind-people = Group of people
actor-kind-organisation = Organisation
actor-kind-armed-group = Armed group
actor-kind-state = State
actor-kind-government = Government
actor-kind-military = Military
actor-kind-intelligence-agency = Intelligence agency
actor-kind-media = Media
actor-kind-author = The article's author
claim-kind-report = Report
claim-kind-assessment = Assessment
claim-kind-statement = Statement
claim-kind-denial = Denial
relation-kind-contradicts = Contradicts
relation-kind-supports = Supports

## The views' tabs

view-article = Article
view-claims = Claims
view-actors = Actors
view-sources = Sources
view-timeline = Timeline
view-network = Network
view-integrity = Integrity
views = Views
findings-badge = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
filters-toggle = { $count ->
    [0] Filters
   *[other] Filters ({ $count })
}
filters = Filters

## The masthead ($role is the credit's role in lower case, $label as the file writes it)

credit-lead = { $role ->
    [author] By
    [writer] By
    [editor] Edited by
    [supervisor] Supervised by
    [translator] Translated by
   *[other] { $label }:
}
open-full-explorer = Open the full explorer
new-tab = (new tab)

## The filters

filter-claims = Filter claims
facet-by = Claimed by
facet-about = About
facet-source = Source
facet-kind = Kind of claim
facet-hint = Within a group any ticked value matches; across groups, all must.
facet-no-source = No source
facet-author = { $name } (the author)
facet-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
facet-clear = Clear { $facet }
facet-clear-button = Clear
facet-show-fewer = Show fewer
facet-show-all = Show all { $count }

## Cards

actor-claims-none = { $side ->
    [made] No claims made
   *[about] No claims about them
}
actor-claims = { $side ->
    [made] { $count ->
        [one] { $count } claim made
       *[other] { $count } claims made
    }
   *[about] { $count ->
        [one] { $count } claim about them
       *[other] { $count } claims about them
    }
}
actor-mentions = { $count ->
    [0] Not named in the text
    [one] Named once in the text
   *[other] Named { $count } times in the text
}
actor-in-byline = Named in the byline
actor-aliases = Also called
claim-contradicted-by = Contradicted by
claim-supported-by = Supported by
claim-in-context = Show in the article, paragraph { $paragraph }
claim-author = the author
claim-about = About
claim-sources = Sources
claim-unsourced = Unsourced
claim-note = Annotator's note:
claim-original = Read it in the original
# A claim's tooltip in the article: who, what kind, on whose word.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · contradicted
claim-tip-no-source = no source

## The article view

article-title = The article, with its claims highlighted
legend-highlighted = Highlighted
legend-highlighted-text = text is a claim: select it to see who makes it and on whose word.
legend-dashed = Dashed
legend-dashed-text = claims cite no source;
legend-contested-text = marks a claim another contradicts;
legend-dotted = dotted
legend-dotted-text = names are actors.
note = Note:
skip-to-view = Skip to the view

## Sources and references

references = References
references-unlisted = Cited in the text but missing from this list:
reference-cited = { $count ->
    [0] never cited in the text
    [one] cited by { $count } claim
   *[other] cited by { $count } claims
}
source-citing = { $count ->
    [0] No claim cites it
    [one] { $count } claim cites it
   *[other] { $count } claims cite it
}
source-undated = Undated
source-by = By { $author }
source-listed = In the reference list
source-unlisted = Missing from the reference list
source-unlisted-text = : the text cites it, but a reader cannot look it up.

## The timeline

no-claim-matches = No claim matches these filters.
timeline-none = This article dates no events.
timeline-none-matching = None of the matching claims reports a dated event.
timeline-one = One dated event, { $date }: there is no time line to draw.
timeline-span = { $count ->
    [one] { $count } event
   *[other] { $count } events
}, from { $first } to { $last }. Arrow keys step from one to the next.
timeline-events = Events in date order

## The integrity view

integrity-title = What a careful reader should know
integrity-intro = Computed from the article's data: gaps in its sourcing, names that may confuse, and claims that contradict each other.
integrity-concerning = { $count ->
    [0] None of the findings concerns the matching claims.
    [one] { $count } of { $total } findings concerns the matching claims.
   *[other] { $count } of { $total } findings concern the matching claims.
}
integrity-claims-citing = Claims citing { $source }
integrity-claims-unsourced = Claims without a source
integrity-paragraph = paragraph { $paragraph }
integrity-in-text = In the text:

## The network

network-no-matches = No claim matches these filters, so there are no links to draw.
network-no-links = None of the matching claims is about a named actor, so there are no links to draw.
network-intro = { $claims ->
    [one] { $claims } claim
   *[other] { $claims } claims
} by { $claimants ->
    [one] { $claimants } actor
   *[other] { $claimants } actors
} about { $subjects ->
    [one] { $subjects } actor
   *[other] { $subjects } actors
}: who says what about whom. Select a name to see its links alone.
# A name in the picture, for screen readers: "Mayor, makes 3 claims".
network-node = { $side ->
    [claimant] { $name }, makes { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }
   *[subject] { $name }, is the subject of { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }
}
network-who-claims = Who claims
network-about-whom = About whom
network-who-claims-what = Who claims what about whom
network-legend = Legend
network-contradicted = Contradicted
network-wider = Wider: more claims
network-table = The links as a table
network-claims = Claims
network-kinds = Kinds
network-link = { $from } about { $subject }
network-link-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
network-link-contradicted = { $count } contradicted
network-more = and { $count } more
network-claims-by = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} by { $name } in the Claims view
network-claims-about = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} about { $name } in the Claims view
network-every-link = Show every link

## Lists of cards

claims-show-more = { $more ->
    [one] Show the last one
   *[other] { $fits ->
        [yes] Show the last { $more }
       *[no] Show { $page } more of { $more }
    }
}

## Share and export

share = Share / Embed
share-link = Link to this view
share-embed = Embed this view in a page
# Chooses the explorer's language; the link and the embed code keep it.
share-language = Language
share-copy = Copy
share-copied = Copied.
share-copy-by-selecting = Selected: press Ctrl+C (⌘C on a Mac) to copy.
share-resize-hint = The frame resizes itself to its content with the script on the second line, or with a pym.js parent.
export-none = No claim matches the filters: the spreadsheet and the linked data would be empty. The article file holds every claim.
export-all = Download all { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
export-matching = { $count ->
    [one] Download the claim the filters match
   *[other] Download the { $count } claims the filters match
}
export-json = The whole article file (JSON)
export-csv = Spreadsheet (CSV)
export-jsonld = Linked data (JSON-LD)
sources-unsourced = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
# After sources-unsourced ("1 claim", "3 claims"). English keeps "cite" after one claim too, as
# the explorer has always said (tests/e2e/exact.test.mjs); a translation agrees with the count.
sources-unsourced-text = { $count ->
    [one] cite no source at all.
   *[other] cite no source at all.
}
show-all = { $list ->
    [actors] Show all actors, not only those in matching claims
   *[sources] Show all sources, not only those in matching claims
}

## The embed's footer and the error panel

embed-source = Source:
embed-get-data = Get the data
error-title = This article could not be loaded
# Followed by the command's name, then a colon and the list of problems (check-…).
error-text = Its data file has problems. The article's publisher can fix them with
timeline-reported-by = Reported by { $names }
reference-by = By { $author }.

## The spreadsheet's (CSV) header row: one cell a column, as docs/exports.md lists them

csv-id = id
csv-paragraph = paragraph
csv-quote = quote
csv-summary = summary
csv-claimant = claimant
csv-kind = kind
csv-sources = sources
csv-subjects = subjects
csv-contradicted-by = contradicted by
csv-supported-by = supported by

## Lists: $first is an item, $rest the rest of the list, already joined. "A, B and C" is
## list-unit(A, list-and(B, C)); list-unit alone joins lists without "and" (a tooltip's sources).

list-and = { $first } and { $rest }
list-unit = { $first }, { $rest }

## The checker: why an article file cannot be shown (ids check-…). An editor reads these in the
## editor, and a reader when a page names a file with problems. Field names, ids, JSON and the
## format's own words ("format", "claimscope/1", YYYY-MM-DD) stay as they are; a value in “ ” is
## quoted from the file.

# Where a problem is, in a file that is not JSON at all.
check-at = line { $line }, column { $column }
check-too-large = The file is { $bytes } bytes; article files may be at most { $megabytes } MB.
check-not-text = The file is not text (UTF-8): open an article file (.json) or an article's text (.txt).
check-not-article = The file is not an article file.
check-no-text = There is no text to draft from.
check-unreadable = The file could not be read.
check-format-other = “{ $found }” is not a format this explorer reads; it reads “{ $format }”.
check-format-missing = missing or not text: an article file starts with "format": "{ $format }".
check-json-unclosed = the text in quotes is never closed.
check-json-ends-value = the document ends where a value was expected.
check-json-ends-list = the document ends inside a list (a ']' is missing).
check-json-ends-object = the document ends inside an object (a '{"}"}' is missing).
check-json-value = expected a value (text in quotes, a number, true, false, null, [ or {"{"}).
check-json-trailing-comma = expected a value after the comma: a list or object may not end with one.
check-json-list-comma = expected ',' or ']' in a list.
check-json-object-comma = expected ',' or '{"}"}' in an object.
check-json-colon = expected ':' after a field name.
check-json-key = expected a field name in quotes.
check-json-trailing = unexpected text after the end of the document.
check-json-number-large = the number is too large.
check-json-number = malformed number.
check-json-escape = unknown escape after '\'.
check-json-utf8 = the text is not valid UTF-8.
check-json-control = control characters must be escaped inside quotes.
check-json-surrogate = a high surrogate \u escape must be followed by a low one.
check-json-hex = \u needs four hex digits.
check-json-deep = lists and objects are nested more than { $depth } levels deep.
check-json-twice = the field “{ $field }” appears twice in the same object.
# Any other error of the JSON reader, in its own (English) words.
check-json-other = { $message }.
# $expected and $found are kinds of JSON value.
check-wrong-type = expected { $expected ->
    [object] an object
    [list] a list
    [boolean] true or false
   *[text] text
}, found { $found ->
    [null] null
    [boolean] a true/false value
    [number] a number
    [list] a list
    [object] an object
   *[text] text
}.
check-missing = this field is missing.
check-empty = must not be empty.
check-id = “{ $id }” is not a valid id: use 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit.
# $words are the format's own words for the field ("person, people, organisation").
check-word = “{ $value }” is not a known { $field ->
    [actor-kind] actor kind
    [claim-kind] claim kind
   *[relation-kind] relation kind
}; use one of: { $words }.
check-date = “{ $date }” is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY).
check-link = “{ $link }” is not an absolute http:// or https:// link.
# $path is where the first entry with this id is: actors[2].
check-id-taken = “{ $id }” is already the id of { $path }.
# $list is the name of a list of the file: actors, sources, claims, paragraphs.
check-id-unknown = “{ $id }” is not the id of any entry in { $list }.
check-too-many = has { $count } entries; at most { $most } are allowed.
check-id-listed-twice = “{ $id }” is listed twice.
check-unsourced-reserved = “unsourced” is reserved for claims without a source; choose another id.
check-relation-two = a relation links exactly two claims, not { $count }.
check-relation-same = a relation links two different claims.
# $path is the earlier relation: relations[3].
check-related-already = these two claims are already related by { $path }.
check-quote-absent = the text “{ $quote }” does not occur in paragraph { $paragraph }.
check-quote-context = “{ $quote }” occurs in paragraph { $paragraph }, but not with the given prefix and suffix.
check-quote-many = “{ $quote }” occurs { $count } times in paragraph { $paragraph }; add a prefix or suffix to say which.
# Where a page names a file (data=) that cannot be downloaded; $address is the file's address.
check-fetch-address = “{ $address }” is not a valid address.
check-fetch-not-http = “{ $address }” is not an http:// or https:// address.
check-fetch-network = The article file at { $address } could not be downloaded: the network request failed (offline, or the server does not allow it).
# $status is the server's answer: "404 Not Found".
check-fetch-status = The article file at { $address } could not be downloaded: the server answered { $status }.
check-fetch-large = The article file at { $address } could not be downloaded: it is larger than the { $megabytes } MB an article file may be.
check-fetch-body = The article file at { $address } could not be downloaded: its body could not be read.

## Editor: the bar. The editor (at ?edit) is the newsroom's tool for making an article file; its
## messages, whose ids start with editor-, are compiled into the editor's build alone.

# The bar's heading is the name Claimscope, the same in every language, then this word in the
# accent colour.
editor-bar-name = editor
editor-page-title = Claimscope editor
# The browser tab's title while an article is open ($title is its headline).
editor-page-title-article = { $title } · Claimscope editor
editor-open-file = Open a file…
editor-another-article = Another article…
editor-another-article-title = Paste or open another article; this one stays saved
editor-undo = Undo
editor-undo-title = Undo (Ctrl+Z)
editor-redo = Redo
editor-redo-title = Redo (Ctrl+Shift+Z)
# The button that downloads the article file at once.
editor-download = Download

## Editor: saving in this browser (the bar's status line, and the notice when another tab saved)

editor-saved = Saved in this browser
editor-not-saved-other-tab = Not saved: changed in another tab
editor-not-saved-refused = Not saved: this browser refuses to store it — download the file
editor-other-tab = This article was changed in another tab or window since this one last saved it. Which version do you want to keep? Editing here waits for your choice, so that no change is made that cannot be saved.
# The two answers: keep the other tab's version, or this tab's.
editor-other-tab-theirs = The other tab's
editor-other-tab-ours = This tab's

## Editor: the start screen

editor-start-title = Make a Claimscope file for your article
editor-start-intro = Paste the article as you copy it from its page — headline, credits, text and references — and Claimscope drafts the claims, who makes them and on whose word. You then check and correct the draft by selecting words in the text. Nothing leaves this computer; your work is saved in this browser as you go.
editor-start-paste = The article's text
# Shown in the empty box until something is pasted: the shape of an article.
editor-start-paste-placeholder =
    Headline

    By …

    First paragraph…
editor-start-draft = Draft a file from this text
# The same button while the drafter downloads and drafts.
editor-start-drafting = Drafting…
# The select before the Draft button: the text's language, as detected (its name, in itself:
# "Deutsch") or as the person sets it; the last note shows for a language without word lists.
editor-language = Language of the text
editor-language-detected = Detected: { $language }
editor-language-other = Another language
editor-language-neutral = Claimscope has no word lists for this language: the draft finds quotations and names, and you set who says what.
# When a language's lists could not be fetched: nothing is drafted; $language is its name.
editor-language-unavailable = The word lists for { $language } could not be loaded (check the connection). Try again, or choose “Another language” to draft by quotes and names alone.
# When the drafter itself (a download of its own, fetched the first time a text is drafted)
# could not be fetched, or stopped on a text: nothing is drafted.
editor-drafter-unavailable = The drafter could not be loaded (check the connection). Try again.
editor-drafter-stopped = The drafter stopped on this text, and nothing was drafted. Try again, or choose “Another language” to draft by quotes and names alone.
# “Open a file” names the bar's button editor-open-file.
editor-start-hint = Or open a text (.txt) or an article file (.json) with “Open a file”, or drop it on this page.
# The heading of the list of articles this browser holds work on.
editor-start-saved = Saved in this browser
# A saved article, to open again ($title is its headline, or its id).
editor-start-go-on = Go on with “{ $title }”

## Editor: opening another article. $origin is pasted for text pasted on the start screen, else
## file, with the file's name in $name.

editor-refused-title = { $origin ->
    [pasted] the pasted text
   *[file] { $name }
} is not an article Claimscope can open
# Before the list of the checker's problems; $open is yes when an article was open.
editor-refused-found = { $open ->
    [yes] The article you had open is unchanged. The checker found:
   *[no] The checker found:
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable), or the drafter
# itself (editor-drafter-unavailable, editor-drafter-stopped).
editor-unavailable-title = Nothing was drafted yet
editor-close = Close
editor-file-too-large = The file is larger than { $megabytes } MB, the most an article file may be.
editor-file-unreadable = The browser could not read the file.
editor-replace-title = Open another article?
editor-replace-saved = This browser has saved work on the same article. Opening { $origin ->
    [pasted] the pasted text
   *[file] { $name }
} replaces it with the file as it is; download your work first if you want to keep it.
# $title is the headline of the article open now.
editor-replace-open = Opening { $origin ->
    [pasted] the pasted text
   *[file] { $name }
} closes “{ $title }”. Your work on it stays saved in this browser, and you can go on with it later.
editor-replace-yes = Open it
editor-cancel = Cancel

## Editor: the text, its selection bar and the Preview

# Names the pair of buttons that show the article's text or the Preview.
editor-show = Show
editor-text = Text
editor-preview = Preview
editor-preview-blocked = The explorer cannot show the file until the problems under Check are fixed.
editor-text-label = The article's text: select words to make a claim, an actor or a source
editor-select-hint = Select words in the text (drag, or Shift and the arrow keys) to annotate them.
# $words are the words selected in the text, shortened.
editor-selected = Selected: “{ $words }”
editor-annotate = Annotate the selected words
editor-new-claim = New claim
editor-new-actor = New actor
# Makes the selected words a source that the claim around them cites.
editor-cite = Source
# A button after the list of the actors: the selected words are another name of the one chosen
# in the list.
editor-alias-of = Is another name of

## Editor: the inspector, its panels and their lists (Claims, Actors, Sources and Article are
## the explorer's view-… messages)

editor-annotations = Annotations
editor-panels = Panels
editor-panel-check = Check
editor-panel-events = Events
# The panel that downloads the file and makes the code to embed it.
editor-panel-download = Download
# Goes back from an entry's form to the list it is in.
editor-back = ← All
# Marks an entry the drafter guessed and no one has checked yet.
editor-drafted-badge = drafted
# Beside each source in its list: whether the article's reference list names it.
editor-listed = in the reference list
editor-unlisted = not in the reference list
editor-add-actor = Add an actor by hand
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = Remove { $name }
# Checks at once every actor the drafter guessed, once their names in the list are right.
editor-check-all-actors = Mark all actors as checked
# The name an actor added by hand starts with, until it is given one.
editor-new-actor-name = New actor
editor-add-event = Add an event
# An event in its list before it has a label.
editor-event-untitled = Event without a label

## Editor: the Check panel ($problem is one of the checker's messages, check-…)

editor-checking = Checking the file…
editor-check-problems = Problems
editor-check-valid = The file is valid: the explorer shows it.
editor-check-invalid = The explorer cannot show the file until these are fixed:
# A problem, after the place in the file it is about ($path: claims[2].summary).
editor-check-problem = { $path }: { $problem }
editor-check-warnings = To fill in before publishing
editor-check-findings = What readers will see flagged

## Editor: what every entry's form says

editor-drafted = Drafted, not yet checked
editor-mark-checked = Mark as checked
editor-field-name = Name
editor-kind = Kind
editor-note = Note for readers (optional)
editor-remove = Remove
# A choice the file holds that is none of the list's ($value as the file writes it).
editor-unknown = { $value } (unknown)

## Editor: the claim form ($id is the claim's id in the file)

editor-claim = Claim
editor-claim-heading = Claim { $id }
editor-quote = Quote
editor-requote = Quote the selected words instead
editor-summary = Summary: the claim in one plain sentence
editor-claimant = Who claims it
editor-claim-sources = On the word of (sources)
editor-claim-remove = Remove this claim
editor-related = Related claims
editor-unlink = Unlink
editor-another-claim = Another claim
editor-contradicts = It contradicts this one
editor-supports = It supports this one

## Editor: the actor form ($id is the actor's id in the file)

# Names the actor form, and the list of actors beside the selection bar's “Is another name of”.
editor-actor = Actor
editor-actor-heading = Actor { $id }
editor-actor-summary = Who this is, in one sentence
editor-aliases = Other names the text uses (acronyms, short forms)
# Each of an actor's other names: Other name 1, Other name 2…
editor-alias = Other name { $number }
editor-add-alias = Add another name
editor-actor-remove = Remove this actor

## Editor: the source form ($id is the source's id in the file)

editor-source = Source
editor-source-heading = Source { $id }
editor-outlet = Outlet
editor-source-author = Author (optional)
editor-source-title = Title (optional)
# The file writes dates as year-month-day, year-month or year: keep the examples as they are.
editor-source-date = Date: 2024-03-05, 2024-03 or 2024 (optional)
editor-source-url = Link (optional)
editor-source-listed = In the article's reference list
editor-source-remove = Remove this source

## Editor: the event form ($id is the event's id in the file)

editor-event = Event
editor-event-heading = Event { $id }
editor-event-date = Date: 2024-03-05, 2024-03 or 2024
editor-event-label = Label on the timeline
# Before the claims that report the event, one tick box each.
editor-event-claims = Reported by
editor-event-remove = Remove this event

## Editor: the article form

editor-article-heading = The article
editor-article-title = Headline
editor-article-id = Id (the file's name, and in addresses)
editor-article-category = Section or category (optional)
editor-article-publisher = Publisher (optional)
# A BCP 47 language tag, as the file writes it.
editor-article-language = Language (en, it, pt-BR)
editor-article-published = Published: 2024-03-05 (optional)
editor-article-url = Where it is published (optional link)
editor-credits = Credits
# The roles the explorer names in its own words are author, writer, editor, supervisor and
# translator, written in English in the file.
editor-credit-role = Role (author, editor…)
editor-add-credit = Add a credit

## Editor: the Download panel and the code that embeds the explorer

editor-publish-title = Download the file
editor-publish-invalid = The explorer cannot show this file yet: see Check. You can download it all the same and go on later.
# $file is the file's name: harbour-closure.json
editor-publish-download = Download { $file }
editor-embed-title = Embed it in your page
editor-embed-hosted = Address where you will put the file
editor-embed-explorer = Address of the Claimscope explorer
editor-embed-code = Paste this where the explorer should appear
editor-embed-cors = The server of the file must allow the explorer's address to read it (CORS), unless both are on the same site.

## Editor: removing an actor or a source that claims use. The question's sentences follow one
## another in this order, the second and third only when there are such claims; $name is the
## actor's name or the source's outlet, $claims a list of claims' headlines.

editor-remove-title = Remove { $name }?
editor-remove-used = { $name } is still used.
editor-remove-by = Claims by or citing it: { $claims }.
editor-remove-about = Claims about it: { $claims }.
editor-remove-effect = Removing it takes it out of those claims (claims it makes go to the author, marked to check again). You can undo this.
# One claim in the lists above, by its headline.
editor-remove-headline = “{ $headline }”

## Editor: the checker's warnings, each after the path of what to fill in ("claims[3].summary:"),
## in the Check panel (and, in English, from `claimscope check`)

# $why is one of the messages below it, saying why an empty field matters.
editor-check-empty = empty: { $why }
editor-check-no-headline = the article has no headline.
editor-check-no-language = say the text's language ("en"), so screen readers pronounce it right.
editor-check-credit-name = a credit names no one.
editor-check-credit-role = say what this person did (author, editor, …).
editor-check-empty-paragraph = the paragraph is empty.
editor-check-empty-alias = an empty alias names nothing.
editor-check-actor-summary = readers see no description of this actor.
# $name as the file writes it, $spelt as the text does (another apostrophe or quotation mark).
editor-check-spelt = the text does not write “{ $name }” but “{ $spelt }”: readers will not find the one in the other.
editor-check-unused-actor = no claim is by or about { $name }; readers can only find them in the Actors view.
editor-check-unused-source = no claim cites { $source }, and the reference list leaves it out.
editor-check-claim-summary = readers see the quote in place of a summary.
# “About” is the filter of the claims' subjects (facet-about).
editor-check-no-subject = the claim is about no actor, so no “About” filter finds it.
editor-check-event-label = the event has no label on the timeline.
editor-check-event-claims = no claim reports this event, so filters never show it.
