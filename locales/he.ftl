# Reviewed by a Hebrew-reading sub-editor (helper), 2026-12-05.
# Claimscope's interface in Hebrew (עברית), translated from locales/en.ftl (docs/translating.md).
# A message's id never changes; variables ({ $name }) and the choices on them stay. Counts choose
# by Hebrew's CLDR categories: [one], [two], *[other]. Plain text, never HTML.
#
# Glossary (מונחון):
#   claim = טענה (ר' טענות)            claimant = בעל הטענה; in labels "מי טוען"
#   actor = גורם (ר' גורמים)           source = מקור (ר' מקורות)
#   reference list = רשימת המקורות     finding = ממצא (ר' ממצאים)
#   integrity = אמינות (the view), ממצאי אמינות
#   timeline = ציר זמן                 network = רשת (רשת הקשרים; links = קשרים)
#   filter = מסנן (ר' מסננים), סינון (the action)
#   embed = הטמעה                      export = ייצוא; the buttons say הורדה (download)
#   article = כתבה; the article's author = כותב הכתבה
# Buttons and labels use action nouns (חיפוש, העתקה, הצגת…); instructions address the reader in
# the plural imperative (בחרו, הקישו), as Hebrew news sites do.

# The language's name in itself (English: English).
language-name = עברית

## Dates: day, month (1–12) and year are numbers; write the months in the form each pattern needs.

date-day = { $day } { $month ->
    [1] בינואר
    [2] בפברואר
    [3] במרץ
    [4] באפריל
    [5] במאי
    [6] ביוני
    [7] ביולי
    [8] באוגוסט
    [9] בספטמבר
    [10] באוקטובר
    [11] בנובמבר
   *[12] בדצמבר
} { $year }
date-month = { $month ->
    [1] ינואר
    [2] פברואר
    [3] מרץ
    [4] אפריל
    [5] מאי
    [6] יוני
    [7] יולי
    [8] אוגוסט
    [9] ספטמבר
    [10] אוקטובר
    [11] נובמבר
   *[12] דצמבר
} { $year }
date-year = { $year }

## The search box and the count of matching claims

search-label = חיפוש טענות
search-placeholder = חיפוש טענות, אנשים ומקורות
result-count-all = { $total ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $total } טענות
}
result-count-filtered = { $matching } מתוך { $total ->
    [one] טענה אחת
    [two] { $total } טענות
   *[other] { $total } טענות
}
clear-all-filters = ניקוי כל המסננים

## Integrity findings ($source, $actor, $first, $second and $name are names from the article)

finding-unlisted-title = המקור { $source } מצוטט, אך חסר ברשימת המקורות
finding-unlisted-detail = הטקסט מייחס { $count ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $count } טענות
} למקור { $source }, אך המקור אינו מופיע ברשימת המקורות, ולכן אין לקוראים דרך לאתר אותו.
finding-uncited-title = המקור { $source } מופיע ברשימת המקורות, אך אינו מצוטט בטקסט
finding-uncited-detail = המקור מופיע ברשימת המקורות, אך אף טענה בטקסט אינה מיוחסת לו.
finding-contradiction-title = סתירה בין { $first } לבין { $second }
# The article's own voice, as a finding names it.
finding-author = כותב הכתבה ({ $name })
# Two claims' headlines, when the article gives no note on their contradiction.
finding-contradiction-detail = "{ $first }" מול "{ $second }".
finding-unsourced-title = { $count ->
    [one] טענה אחת ללא מקור
    [two] שתי טענות ללא מקור
   *[other] { $count } טענות ללא מקור
}
finding-unsourced-detail = הטקסט אינו מייחס טענות אלה לשום מקור: הן נשענות על דברי מי שאומר אותן בלבד.
finding-names-title = { $actor } מכונה בשמות מלאים שונים
# One of the names, with the paragraphs it is in ($paragraphs: "2, 5").
finding-names-name = "{ $name }" ({ $count ->
    [one] פסקה
    [two] פסקאות
   *[other] פסקאות
} { $paragraphs })
# Joins the names: "A and B", then "A and B and C". $second always opens with a quotation mark.
finding-names-detail = הטקסט מכנה את אותו גורם { $names }. קוראים עלולים לחשוב שמדובר בגורמים שונים.

## The kinds of actor, claim and relation

actor-kind-person = אדם
actor-kind-people = קבוצת אנשים
actor-kind-organisation = ארגון
actor-kind-armed-group = ארגון חמוש
actor-kind-state = מדינה
actor-kind-government = ממשלה
actor-kind-military = צבא
actor-kind-intelligence-agency = שירות ביון
actor-kind-media = כלי תקשורת
actor-kind-author = כותב הכתבה
claim-kind-report = דיווח
claim-kind-assessment = הערכה
claim-kind-statement = הצהרה
claim-kind-denial = הכחשה
relation-kind-contradicts = סותרת
relation-kind-supports = תומכת

## The views' tabs

view-article = כתבה
view-claims = טענות
view-actors = גורמים
view-sources = מקורות
view-timeline = ציר זמן
view-network = רשת
view-integrity = אמינות
views = תצוגות
findings-badge = { $count ->
    [one] ממצא אחד
    [two] שני ממצאים
   *[other] { $count } ממצאים
}
filters-toggle = { $count ->
    [0] מסננים
    [one] מסננים ({ $count })
    [two] מסננים ({ $count })
   *[other] מסננים ({ $count })
}
filters = מסננים

## The masthead ($role is the credit's role in lower case, $label as the file writes it)

credit-lead = { $role ->
    [author] מאת
    [writer] מאת
    [editor] עריכה:
    [supervisor] פיקוח:
    [translator] תרגום:
   *[other] { $label }:
}
open-full-explorer = לתצוגה המלאה
new-tab = (נפתח בכרטיסייה חדשה)

## The filters

filter-claims = סינון טענות
facet-by = מי טוען
facet-about = על מי
facet-source = מקור
facet-kind = סוג הטענה
facet-hint = בכל קבוצה מספיק שאחד הערכים המסומנים יתאים; אם סימנתם בכמה קבוצות, הטענה צריכה להתאים לכולן.
facet-no-source = ללא מקור
facet-author = { $name } (כותב הכתבה)
facet-count = { $count ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $count } טענות
}
facet-clear = ניקוי הסינון: { $facet }
facet-clear-button = ניקוי
facet-show-fewer = הצגת פחות
facet-show-all = הצגת הכול ({ $count })

## Cards

actor-claims-none = { $side ->
    [made] אין טענות מפיו
   *[about] אין טענות עליו
}
actor-claims = { $side ->
    [made] { $count ->
        [one] טענה אחת מפיו
        [two] שתי טענות מפיו
       *[other] { $count } טענות מפיו
    }
   *[about] { $count ->
        [one] טענה אחת עליו
        [two] שתי טענות עליו
       *[other] { $count } טענות עליו
    }
}
actor-mentions = { $count ->
    [0] אין אזכורים בטקסט
    [one] אזכור אחד בטקסט
    [two] שני אזכורים בטקסט
   *[other] { $count } אזכורים בטקסט
}
actor-in-byline = מופיע בקרדיט הכתבה
actor-aliases = מכונה גם
claim-contradicted-by = נסתרת על ידי
claim-supported-by = נתמכת על ידי
claim-in-context = הצגה בכתבה, פסקה { $paragraph }
claim-author = כותב הכתבה
claim-about = על מי
claim-sources = מקורות
claim-unsourced = ללא מקור
claim-note = הערת המערכת:
claim-original = לקריאה במקור
# A claim's tooltip in the article: who, what kind, on whose word.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · נסתרת
claim-tip-no-source = ללא מקור

## The article view

article-title = הכתבה, ובה הטענות מסומנות
legend-highlighted = טקסט מסומן
legend-highlighted-text = הוא טענה: בחרו בו כדי לראות מי טוען זאת ועל סמך מה.
legend-dashed = קו מקווקו
legend-dashed-text = מסמן טענות ללא מקור;
legend-contested-text = מסמן טענה שנסתרת בטענה אחרת;
legend-dotted = קו מנוקד
legend-dotted-text = מסמן שמות של גורמים.
note = הערה:
skip-to-view = דילוג לתצוגה

## Sources and references

references = מקורות
references-unlisted = מצוטטים בטקסט, אך חסרים ברשימה זו:
reference-cited = { $count ->
    [0] לא מצוטט בטקסט
    [one] מצוטט בטענה אחת
    [two] מצוטט בשתי טענות
   *[other] מצוטט ב-{ $count } טענות
}
source-citing = { $count ->
    [0] אף טענה אינה מצטטת אותו
    [one] טענה אחת מצטטת אותו
    [two] שתי טענות מצטטות אותו
   *[other] { $count } טענות מצטטות אותו
}
source-undated = ללא תאריך
source-by = מאת { $author }
source-listed = מופיע ברשימת המקורות
source-unlisted = חסר ברשימת המקורות
source-unlisted-text = : הטקסט מצטט אותו, אך אין לקוראים דרך לאתר אותו.

## The timeline

no-claim-matches = אף טענה אינה תואמת את המסננים האלה.
timeline-none = אין בכתבה אירועים מתוארכים.
timeline-none-matching = אף אחת מהטענות התואמות אינה מדווחת על אירוע מתוארך.
timeline-one = אירוע מתוארך אחד בלבד ({ $date }), כך שאין ציר זמן להציג.
timeline-span = { $count ->
    [one] אירוע אחד
    [two] שני אירועים
   *[other] { $count } אירועים
}, בין { $first } לבין { $last }. אפשר לעבור מאירוע לאירוע במקשי החצים.
timeline-events = האירועים לפי סדר התאריכים

## The integrity view

integrity-title = מה כדאי לקורא ערני לדעת
integrity-intro = הממצאים מחושבים מנתוני הכתבה: פערים בציון המקורות, שמות שעלולים לבלבל וטענות שסותרות זו את זו.
integrity-concerning = { $count ->
    [0] אף אחד מהממצאים אינו נוגע לטענות התואמות.
    [one] ממצא אחד (מתוך { $total }) נוגע לטענות התואמות.
    [two] שני ממצאים (מתוך { $total }) נוגעים לטענות התואמות.
   *[other] { $count } ממצאים (מתוך { $total }) נוגעים לטענות התואמות.
}
integrity-claims-citing = טענות המצטטות את { $source }
integrity-claims-unsourced = טענות ללא מקור
integrity-paragraph = פסקה { $paragraph }
integrity-in-text = בטקסט:

## The network

network-no-matches = אף טענה אינה תואמת את המסננים, ולכן אין קשרים להציג.
network-no-links = אף אחת מהטענות התואמות אינה עוסקת בגורם שמוזכר בשמו, ולכן אין קשרים להציג.
network-intro = { $claims ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $claims } טענות
} מפי { $claimants ->
    [one] גורם אחד
    [two] שני גורמים
   *[other] { $claimants } גורמים
} על { $subjects ->
    [one] גורם אחד
    [two] שני גורמים
   *[other] { $subjects } גורמים
}: מי אומר מה על מי. בחרו שם כדי לראות רק את הקשרים שלו.
# A name in the picture, for screen readers: "Mayor, makes 3 claims".
network-node = { $side ->
    [claimant] { $name }, { $count ->
        [one] טענה אחת
        [two] שתי טענות
       *[other] { $count } טענות
    } מפיו
   *[subject] { $name }, { $count ->
        [one] טענה אחת
        [two] שתי טענות
       *[other] { $count } טענות
    } עליו
}
network-who-claims = מי טוען
network-about-whom = על מי
network-who-claims-what = מי טוען מה על מי
network-legend = מקרא
network-contradicted = נסתרות
network-wider = קו עבה יותר: יותר טענות
network-table = הקשרים בטבלה
network-claims = טענות
network-kinds = סוגים
network-link = { $from } על { $subject }
network-link-count = { $count ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $count } טענות
}
network-link-contradicted = { $count ->
    [one] אחת נסתרה
    [two] שתיים נסתרו
   *[other] { $count } נסתרו
}
network-more = { $count ->
    [one] ועוד אחת
    [two] ועוד שתיים
   *[other] ועוד { $count }
}
network-claims-by = { $count ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $count } טענות
} מפי { $name } בתצוגת הטענות
network-claims-about = { $count ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $count } טענות
} על { $name } בתצוגת הטענות
network-every-link = הצגת כל הקשרים

## Lists of cards

claims-show-more = { $more ->
    [one] הצגת הטענה הנותרת
    [two] { $fits ->
        [yes] הצגת שתי הטענות הנותרות
       *[no] הצגת טענה אחת נוספת (מתוך שתיים)
    }
   *[other] { $fits ->
        [yes] הצגת { $more } הטענות הנותרות
       *[no] הצגת { $page } טענות נוספות (מתוך { $more })
    }
}

## Share and export

share = שיתוף / הטמעה
share-link = קישור לתצוגה זו
share-embed = קוד להטמעת התצוגה בדף
# Chooses the explorer's language; the link and the embed code keep it.
share-language = שפה
share-copy = העתקה
share-copied = הועתק.
share-copy-by-selecting = הטקסט נבחר: הקישו Ctrl+C (או ⌘C במק) כדי להעתיק.
share-resize-hint = המסגרת מתאימה את גודלה לתוכן בעזרת הסקריפט שבשורה השנייה, או כשדף האם משתמש ב-pym.js.
export-none = אף טענה אינה תואמת את המסננים: הגיליון והנתונים המקושרים היו יוצאים ריקים. קובץ הכתבה מכיל את כל הטענות.
export-all = { $count ->
    [one] הורדת הטענה
    [two] הורדת שתי הטענות
   *[other] הורדת כל { $count } הטענות
}
export-matching = { $count ->
    [one] הורדת הטענה שתואמת את המסננים
    [two] הורדת שתי הטענות שתואמות את המסננים
   *[other] הורדת { $count } הטענות שתואמות את המסננים
}
export-json = קובץ הכתבה המלא (JSON)
export-csv = גיליון נתונים (CSV)
export-jsonld = נתונים מקושרים (JSON-LD)
sources-unsourced = { $count ->
    [one] טענה אחת
    [two] שתי טענות
   *[other] { $count } טענות
}
# After sources-unsourced ("טענה אחת", "3 טענות"): the verb agrees with the count.
sources-unsourced-text = { $count ->
    [one] אינה מציינת מקור כלל.
    [two] אינן מציינות מקור כלל.
   *[other] אינן מציינות מקור כלל.
}
show-all = { $list ->
    [actors] הצגת כל הגורמים, לא רק אלה שבטענות התואמות
   *[sources] הצגת כל המקורות, לא רק אלה שבטענות התואמות
}

## The embed's footer and the error panel

embed-source = מקור:
embed-get-data = להורדת הנתונים
error-title = לא ניתן היה לטעון את הכתבה
# Followed by the command's name, then a colon and the list of problems (check-…).
error-text = בקובץ הנתונים של הכתבה יש בעיות. מפרסם הכתבה יכול לתקן אותן בעזרת הפקודה
timeline-reported-by = על פי { $names }
reference-by = מאת { $author }.

## The spreadsheet's (CSV) header row: one cell a column, as docs/exports.md lists them

csv-id = מזהה
csv-paragraph = פסקה
csv-quote = ציטוט
csv-summary = תקציר
csv-claimant = בעל הטענה
csv-kind = סוג
csv-sources = מקורות
csv-subjects = על מי
csv-contradicted-by = נסתרת על ידי
csv-supported-by = נתמכת על ידי

## Lists

list-and = { $first } ו{ $rest }
list-unit = { $first }, { $rest }

## The checker: why an article file cannot be shown (ids check-…). An editor reads these in the
## editor, and a reader when a page names a file with problems. Field names, ids, JSON and the
## format's own words ("format", "claimscope/1", YYYY-MM-DD) stay as they are; a value in "…" is
## quoted from the file.
#
# Checker glossary (מונחון הבדיקה), in addition to the ones above and below:
#   article file = קובץ כתבה; field = שדה; list (JSON array) = רשימה; object = קבוצת שדות;
#   entry (of a list) = פריט; value = ערך; text (JSON string) = טקסט, text in quotes = טקסט
#   במירכאות; id = מזהה; paragraph = פסקה; relation = קשר; the document = הקובץ;
#   escape = צירוף שמתחיל ב-'\'.
# Bidi: code the person types (the characters ']' '}' '[' '{', \u, http://, .json, the "format"
# line) stands between invisible LRI (U+2066) and PDI (U+2069) marks, so that in a right-to-left
# line it keeps its left-to-right order and a bracket is not shown mirrored. Keep them.

# Where a problem is, in a file that is not JSON at all.
check-at = שורה { $line }, עמודה { $column }
check-too-large = גודל הקובץ הוא { $bytes } בתים, והגודל המרבי לקובץ כתבה הוא { $megabytes } MB.
check-not-text = הקובץ אינו קובץ טקסט (UTF-8): פתחו קובץ כתבה (⁦.json⁩) או קובץ טקסט של כתבה (⁦.txt⁩).
check-not-article = הקובץ אינו קובץ כתבה.
check-no-text = אין טקסט שאפשר ליצור ממנו טיוטה.
check-unreadable = לא ניתן היה לקרוא את הקובץ.
check-format-other = הפורמט "{ $found }" אינו נתמך; גרסה זו של Claimscope קוראת רק קבצים בפורמט "{ $format }".
check-format-missing = השדה חסר, או שערכו אינו טקסט: קובץ כתבה מתחיל ב-⁦"format": "{ $format }"⁩.
check-json-unclosed = טקסט במירכאות לא נסגר (חסרות מירכאות סוגרות).
check-json-ends-value = הקובץ נגמר במקום שבו צריך לבוא ערך.
check-json-ends-list = הקובץ נגמר לפני שרשימה נסגרה (חסר ⁦']'⁩).
check-json-ends-object = הקובץ נגמר לפני שקבוצת שדות נסגרה (חסר ⁦'{"}"}'⁩).
check-json-value = כאן צריך לבוא ערך (טקסט במירכאות, מספר, true, false, null, ⁦[⁩ או ⁦{"{"}⁩).
check-json-trailing-comma = אחרי הפסיק צריך לבוא ערך: רשימה או קבוצת שדות לא יכולה להסתיים בפסיק.
check-json-list-comma = ברשימה, אחרי כל ערך צריך לבוא ',' או ⁦']'⁩.
check-json-object-comma = בקבוצת שדות, אחרי כל ערך צריך לבוא ',' או ⁦'{"}"}'⁩.
check-json-colon = אחרי שם של שדה צריך לבוא ':'.
check-json-key = כאן צריך לבוא שם של שדה, במירכאות.
check-json-trailing = יש טקסט מיותר אחרי המקום שבו הקובץ אמור להסתיים.
check-json-number-large = המספר גדול מדי.
check-json-number = המספר אינו כתוב כראוי.
check-json-escape = צירוף לא מוכר שמתחיל ב-'\'.
check-json-utf8 = הטקסט אינו בקידוד UTF-8 תקין.
check-json-control = בתוך מירכאות, תווי בקרה (כמו ירידת שורה או טאב) חייבים להיכתב כצירוף שמתחיל ב-'\'.
check-json-surrogate = אחרי צירוף ⁦\u⁩ שהוא החצי הראשון של זוג (high surrogate) חייב לבוא צירוף של החצי השני (low surrogate).
check-json-hex = אחרי ⁦\u⁩ צריכות לבוא ארבע ספרות הקסדצימליות (0–9, a–f או A–F).
check-json-deep = רשימות וקבוצות שדות מקוננות זו בתוך זו ביותר מ-{ $depth } רמות.
check-json-twice = השדה "{ $field }" מופיע פעמיים באותה קבוצת שדות.
# Any other error of the JSON reader, in its own (English) words.
check-json-other = { $message }.
# $expected and $found are kinds of JSON value.
check-wrong-type = הערך צריך להיות { $expected ->
    [object] קבוצת שדות
    [list] רשימה
    [boolean] true או false
   *[text] טקסט
}, אבל הוא { $found ->
    [null] null
    [boolean] ערך true/false
    [number] מספר
    [list] רשימה
    [object] קבוצת שדות
   *[text] טקסט
}.
check-missing = השדה חסר.
check-empty = השדה לא יכול להיות ריק.
check-id = "{ $id }" אינו מזהה תקין: השתמשו ב-1 עד 64 תווים מבין אותיות לטיניות קטנות (a–z), ספרות, '-' ו-'_', כשהתו הראשון הוא אות או ספרה.
# $words are the format's own words for the field ("person, people, organisation").
check-word = "{ $value }" אינו { $field ->
    [actor-kind] סוג גורם
    [claim-kind] סוג טענה
   *[relation-kind] סוג קשר
} מוכר; השתמשו באחד מאלה: { $words }.
check-date = "{ $date }" אינו תאריך תקין (כתבו YYYY-MM-DD, YYYY-MM או YYYY).
check-link = "{ $link }" אינו קישור מלא שמתחיל ב-⁦http://⁩ או ב-⁦https://⁩.
# $path is where the first entry with this id is: actors[2].
check-id-taken = "{ $id }" הוא כבר המזהה של { $path }.
# $list is the name of a list of the file: actors, sources, claims, paragraphs.
check-id-unknown = "{ $id }" אינו מזהה של אף פריט ברשימה { $list }.
check-too-many = הרשימה מכילה { $count } פריטים; מותרים לכל היותר { $most }.
check-id-listed-twice = "{ $id }" מופיע ברשימה פעמיים.
check-unsourced-reserved = המזהה "unsourced" שמור לטענות ללא מקור; בחרו מזהה אחר.
check-relation-two = קשר מחבר בדיוק שתי טענות, לא { $count }.
check-relation-same = קשר צריך לחבר שתי טענות שונות.
# $path is the earlier relation: relations[3].
check-related-already = שתי הטענות האלה כבר קשורות זו לזו בקשר { $path }.
check-quote-absent = הטקסט "{ $quote }" אינו מופיע בפסקה { $paragraph }.
check-quote-context = "{ $quote }" מופיע בפסקה { $paragraph }, אבל לא עם הטקסט שצוין לפניו ואחריו (prefix ו-suffix).
check-quote-many = "{ $quote }" מופיע { $count ->
    [two] פעמיים
   *[other] { $count } פעמים
    } בפסקה { $paragraph }; כדי לציין לאיזה מופע הכוונה, הוסיפו את הטקסט שלפניו (prefix) או שאחריו (suffix).
# Where a page names a file (data=) that cannot be downloaded; $address is the file's address.
check-fetch-address = "{ $address }" אינה כתובת תקינה.
check-fetch-not-http = "{ $address }" אינה כתובת שמתחילה ב-⁦http://⁩ או ב-⁦https://⁩.
check-fetch-network = לא ניתן היה להוריד את קובץ הכתבה מהכתובת { $address }: בקשת הרשת נכשלה (אין חיבור לאינטרנט, או שהשרת אינו מאפשר זאת).
# $status is the server's answer: "404 Not Found".
check-fetch-status = לא ניתן היה להוריד את קובץ הכתבה מהכתובת { $address }: השרת השיב { $status }.
check-fetch-large = לא ניתן היה להוריד את קובץ הכתבה מהכתובת { $address }: הוא גדול מ-{ $megabytes } MB, הגודל המרבי לקובץ כתבה.
check-fetch-body = לא ניתן היה להוריד את קובץ הכתבה מהכתובת { $address }: לא ניתן היה לקרוא את התוכן שהתקבל.

## Editor: the bar. The editor (at ?edit) is the newsroom's tool for making an article file; its
## messages, whose ids start with editor-, are compiled into the editor's build alone.
#
# Editor glossary (מונחון העורך), in addition to the one above:
#   draft = טיוטה (the drafter's proposal; "drafted" = טיוטה שטרם נבדקה)
#   check (the panel) = בדיקה; mark as checked = סימון כנבדק; the checker = הבדיקה
#   annotate = תיוג, annotations = תיוגים; panel = חלונית
#   alias = שם נוסף ("is another name of" = הוספה כשם נוסף)
#   preview = תצוגה מקדימה; the explorer = תצוגת הקוראים
#   undo = ביטול פעולה; redo = ביצוע חוזר; cancel = ביטול
#   outlet = גוף מפרסם; credits = קרדיטים
# Instructions address the editor in the plural imperative (בחרו, הדביקו), as in the reader's view.

# The bar's heading is the name Claimscope, the same in every language, then this word in the
# accent colour.
editor-bar-name = עורך
editor-page-title = עורך Claimscope
# The browser tab's title while an article is open ($title is its headline).
editor-page-title-article = { $title } · עורך Claimscope
editor-open-file = פתיחת קובץ…
editor-another-article = כתבה אחרת…
editor-another-article-title = הדבקה או פתיחה של כתבה אחרת; הכתבה הזו נשארת שמורה
editor-undo = ביטול פעולה
editor-undo-title = ביטול הפעולה האחרונה (Ctrl+Z)
editor-redo = ביצוע חוזר
editor-redo-title = ביצוע חוזר (Ctrl+Shift+Z)
# The button that downloads the article file at once.
editor-download = הורדה

## Editor: saving in this browser (the bar's status line, and the notice when another tab saved)

editor-saved = נשמר בדפדפן זה
editor-not-saved-other-tab = לא נשמר: שונה בכרטיסייה אחרת
editor-not-saved-refused = לא נשמר: הדפדפן מסרב לשמור — הורידו את הקובץ
editor-other-tab = הכתבה שונתה בכרטיסייה או בחלון אחרים מאז השמירה האחרונה כאן. איזו גרסה לשמור? העריכה כאן מושהית עד שתבחרו, כדי שלא ייעשה שינוי שאי אפשר לשמור.
# The two answers: keep the other tab's version, or this tab's.
editor-other-tab-theirs = הגרסה שבכרטיסייה האחרת
editor-other-tab-ours = הגרסה שבכרטיסייה הזו

## Editor: the start screen

editor-start-title = יצירת קובץ Claimscope לכתבה שלכם
editor-start-intro = הדביקו את הכתבה כפי שהיא מועתקת מהדף שלה — כותרת, קרדיטים, טקסט ורשימת מקורות — ו-Claimscope יכין טיוטה של הטענות: מי טוען מה, ועל סמך אילו מקורות. אחר כך בודקים ומתקנים את הטיוטה בבחירת מילים בטקסט. שום דבר לא יוצא מהמחשב הזה; העבודה נשמרת בדפדפן באופן שוטף.
editor-start-paste = טקסט הכתבה
# Shown in the empty box until something is pasted: the shape of an article.
editor-start-paste-placeholder =
    כותרת

    מאת …

    פסקה ראשונה…
editor-start-draft = יצירת טיוטה מהטקסט
editor-start-drafting = יוצרים טיוטה…
# “Open a file” names the bar's button editor-open-file.
editor-start-hint = אפשר גם לפתוח קובץ טקסט (.txt) או קובץ כתבה (.json) בכפתור "פתיחת קובץ", או לגרור אותו לדף הזה.
# The heading of the list of articles this browser holds work on.
editor-start-saved = כתבות שמורות בדפדפן זה
# A saved article, to open again ($title is its headline, or its id).
editor-start-go-on = המשך העבודה על "{ $title }"

## Editor: opening another article. $origin is pasted for text pasted on the start screen, else
## file, with the file's name in $name.

editor-refused-title = { $origin ->
    [pasted] אי אפשר לפתוח ב-Claimscope את הטקסט שהודבק ככתבה
   *[file] אי אפשר לפתוח ב-Claimscope את { $name } ככתבה
}
# Before the list of the checker's problems; $open is yes when an article was open.
editor-refused-found = { $open ->
    [yes] הכתבה שהייתה פתוחה לא השתנתה. הבדיקה מצאה:
   *[no] הבדיקה מצאה:
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable).
editor-unavailable-title = עדיין לא נוצרה טיוטה
editor-close = סגירה
editor-file-too-large = הקובץ גדול מ-{ $megabytes } MB, הגודל המרבי לקובץ כתבה.
editor-file-unreadable = הדפדפן לא הצליח לקרוא את הקובץ.
editor-replace-title = לפתוח כתבה אחרת?
editor-replace-saved = בדפדפן זה שמורה עבודה על אותה כתבה. { $origin ->
    [pasted] פתיחת הטקסט שהודבק תחליף אותה בטקסט כפי שהוא
   *[file] פתיחת { $name } תחליף אותה בקובץ כפי שהוא
}; כדי לשמור את העבודה, הורידו אותה קודם.
# $title is the headline of the article open now.
editor-replace-open = { $origin ->
    [pasted] פתיחת הטקסט שהודבק
   *[file] פתיחת { $name }
} תסגור את "{ $title }". העבודה על הכתבה נשארת שמורה בדפדפן זה, ואפשר להמשיך בה מאוחר יותר.
editor-replace-yes = פתיחה
editor-cancel = ביטול

## Editor: the text, its selection bar and the Preview

# Names the pair of buttons that show the article's text or the Preview.
editor-show = הצגה
editor-text = טקסט
editor-preview = תצוגה מקדימה
editor-preview-blocked = תצוגת הקוראים לא תציג את הקובץ עד שיתוקנו הבעיות שבחלונית "בדיקה".
editor-text-label = טקסט הכתבה: בחרו מילים כדי ליצור טענה, גורם או מקור
editor-select-hint = בחרו מילים בטקסט (בגרירה, או ב-Shift ובמקשי החצים) כדי לתייג אותן.
# $words are the words selected in the text, shortened.
editor-selected = נבחר: "{ $words }"
editor-annotate = תיוג המילים שנבחרו
editor-new-claim = טענה חדשה
editor-new-actor = גורם חדש
# Makes the selected words a source that the claim around them cites.
editor-cite = מקור
# Before a list of the actors: the selected words are another name of the one chosen.
# (The button stands after the list in the page: "add as another name" reads in either order.)
editor-alias-of = הוספה כשם נוסף

## Editor: the inspector, its panels and their lists (Claims, Actors, Sources and Article are
## the explorer's view-… messages)

editor-annotations = תיוגים
editor-panels = חלוניות
editor-panel-check = בדיקה
editor-panel-events = אירועים
# The panel that downloads the file and makes the code to embed it.
editor-panel-download = הורדה
# Goes back from an entry's form to the list it is in. The arrow points right: back, in Hebrew.
editor-back = → הכול
# Marks an entry the drafter guessed and no one has checked yet.
editor-drafted-badge = טיוטה
# Beside each source in its list: whether the article's reference list names it.
editor-listed = ברשימת המקורות
editor-unlisted = חסר ברשימת המקורות
editor-add-actor = הוספת גורם ידנית
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = הסרת { $name }
# Checks at once every actor the drafter guessed, once their names in the list are right.
editor-check-all-actors = סימון כל הגורמים כנבדקים
# The name an actor added by hand starts with, until it is given one.
editor-new-actor-name = גורם חדש
editor-add-event = הוספת אירוע
# An event in its list before it has a label.
editor-event-untitled = אירוע ללא תווית

## Editor: the Check panel ($problem is one of the checker's messages, check-…)

editor-checking = הקובץ בבדיקה…
editor-check-problems = בעיות
editor-check-valid = הקובץ תקין: תצוגת הקוראים מציגה אותו.
editor-check-invalid = תצוגת הקוראים לא תציג את הקובץ עד שיתוקנו הבעיות האלה:
# A problem, after the place in the file it is about ($path: claims[2].summary).
editor-check-problem = { $path }: { $problem }
editor-check-warnings = להשלמה לפני פרסום
editor-check-findings = ממצאים שיוצגו לקוראים

## Editor: what every entry's form says

editor-drafted = טיוטה שטרם נבדקה
editor-mark-checked = סימון כנבדק
editor-field-name = שם
editor-kind = סוג
editor-note = הערה לקוראים (לא חובה)
editor-remove = הסרה
# A choice the file holds that is none of the list's ($value as the file writes it).
editor-unknown = { $value } (לא מוכר)

## Editor: the claim form ($id is the claim's id in the file)

editor-claim = טענה
editor-claim-heading = טענה { $id }
editor-quote = ציטוט
editor-requote = החלפת הציטוט במילים שנבחרו
editor-summary = תקציר: הטענה במשפט פשוט אחד
editor-claimant = מי טוען
editor-claim-sources = על סמך (מקורות)
editor-claim-remove = הסרת הטענה
editor-related = טענות קשורות
editor-unlink = ניתוק
editor-another-claim = טענה אחרת
editor-contradicts = סותרת את הטענה שנבחרה
editor-supports = תומכת בטענה שנבחרה

## Editor: the actor form ($id is the actor's id in the file)

# Names the actor form, and the list of actors beside the selection bar's “Is another name of”.
editor-actor = גורם
editor-actor-heading = גורם { $id }
editor-actor-summary = מיהו הגורם, במשפט אחד
editor-aliases = שמות נוספים שהטקסט משתמש בהם (ראשי תיבות, קיצורים)
# Each of an actor's other names: Other name 1, Other name 2…
editor-alias = שם נוסף { $number }
editor-add-alias = הוספת שם נוסף
editor-actor-remove = הסרת הגורם

## Editor: the source form ($id is the source's id in the file)

editor-source = מקור
editor-source-heading = מקור { $id }
editor-outlet = גוף מפרסם
editor-source-author = כותב (לא חובה)
editor-source-title = כותרת (לא חובה)
# The file writes dates as year-month-day, year-month or year: keep the examples as they are.
editor-source-date = תאריך: 2024-03-05, 2024-03 או 2024 (לא חובה)
editor-source-url = קישור (לא חובה)
editor-source-listed = ברשימת המקורות של הכתבה
editor-source-remove = הסרת המקור

## Editor: the event form ($id is the event's id in the file)

editor-event = אירוע
editor-event-heading = אירוע { $id }
editor-event-date = תאריך: 2024-03-05, 2024-03 או 2024
editor-event-label = תווית בציר הזמן
# Before the claims that report the event, one tick box each.
editor-event-claims = טענות המדווחות על האירוע
editor-event-remove = הסרת האירוע

## Editor: the article form

editor-article-heading = הכתבה
editor-article-title = כותרת
editor-article-id = מזהה (משמש כשם הקובץ ובכתובות)
editor-article-category = מדור או קטגוריה (לא חובה)
editor-article-publisher = מפרסם (לא חובה)
# A BCP 47 language tag, as the file writes it.
editor-article-language = שפה (he, en, pt-BR)
editor-article-published = תאריך פרסום: 2024-03-05 (לא חובה)
editor-article-url = כתובת הפרסום (קישור, לא חובה)
editor-credits = קרדיטים
# The roles the explorer names in its own words are author, writer, editor, supervisor and
# translator, written in English in the file.
editor-credit-role = תפקיד, באנגלית (author, editor…)
editor-add-credit = הוספת קרדיט

## Editor: the Download panel and the code that embeds the explorer

editor-publish-title = הורדת הקובץ
editor-publish-invalid = תצוגת הקוראים עדיין לא יכולה להציג את הקובץ: ראו "בדיקה". אפשר להוריד אותו בכל זאת ולהמשיך מאוחר יותר.
# $file is the file's name: harbour-closure.json
editor-publish-download = הורדת { $file }
editor-embed-title = הטמעה בדף שלכם
editor-embed-hosted = הכתובת שבה יאוחסן הקובץ
editor-embed-explorer = כתובת תצוגת הקוראים של Claimscope
editor-embed-code = הדביקו את הקוד הזה במקום שבו התצוגה צריכה להופיע
editor-embed-cors = השרת שמארח את הקובץ צריך לאפשר לכתובת של תצוגת הקוראים לקרוא אותו (CORS), אלא אם שניהם באותו אתר.

## Editor: removing an actor or a source that claims use. The question's sentences follow one
## another in this order, the second and third only when there are such claims; $name is the
## actor's name or the source's outlet, $claims a list of claims' headlines.

editor-remove-title = להסיר את { $name }?
editor-remove-used = { $name } עדיין בשימוש.
editor-remove-by = טענות מפיו או המצטטות אותו: { $claims }.
editor-remove-about = טענות עליו: { $claims }.
editor-remove-effect = ההסרה תוציא אותו מהטענות האלה (טענות מפיו יועברו לכותב הכתבה ויסומנו לבדיקה חוזרת). אפשר לבטל את הפעולה.
# One claim in the lists above, by its headline.
editor-remove-headline = "{ $headline }"

## Editor: the language of the pasted text

editor-language = שפת הטקסט
editor-language-detected = זוהתה אוטומטית: { $language }
editor-language-other = שפה אחרת
editor-language-neutral = ל-Claimscope אין רשימות מילים לשפה זו, ולכן הטיוטה תתבסס על ציטוטים ושמות בלבד, ואתם תקבעו מי אומר מה.
editor-language-unavailable = לא ניתן היה לטעון את רשימות המילים לשפה { $language } (בדקו את החיבור לאינטרנט). נסו שוב, או בחרו "שפה אחרת" כדי ליצור טיוטה על סמך ציטוטים ושמות בלבד.
editor-drafter-unavailable = לא ניתן היה לטעון את כלי הטיוטות (בדקו את החיבור לאינטרנט). נסו שוב.
editor-drafter-stopped = כלי הטיוטות נעצר בטקסט הזה ולא נוצרה טיוטה. נסו שוב, או בחרו "שפה אחרת" כדי ליצור טיוטה על סמך ציטוטים ושמות בלבד.

## Editor: the checker's warnings, each after the path of what to fill in ("claims[3].summary:"),
## in the Check panel (and, in English, from `claimscope check`)

# $why is one of the messages below it, saying why an empty field matters.
editor-check-empty = ריק: { $why }
editor-check-no-headline = לכתבה אין כותרת.
editor-check-no-language = ציינו את שפת הטקסט ("he"), כדי שקוראי מסך יבטאו אותו נכון.
editor-check-credit-name = הקרדיט אינו נוקב בשמו של איש.
editor-check-credit-role = ציינו מה עשה אדם זה (author, editor…).
editor-check-empty-paragraph = הפסקה ריקה.
editor-check-empty-alias = שם נוסף ריק אינו מציין איש.
editor-check-actor-summary = הקוראים אינם רואים שום תיאור של גורם זה.
# $name as the file writes it, $spelt as the text does (another apostrophe or quotation mark).
editor-check-spelt = בטקסט לא כתוב "{ $name }" אלא "{ $spelt }": קוראים שיחפשו צורה אחת לא ימצאו את האחרת.
editor-check-unused-actor = אף טענה אינה מפי { $name } או עליו; הקוראים יכולים למצוא אותו רק בתצוגת "גורמים".
editor-check-unused-source = אף טענה אינה מצטטת את { $source }, ורשימת המקורות אינה מציגה אותו.
editor-check-claim-summary = הקוראים רואים את הציטוט במקום תקציר.
# “About” is the filter of the claims' subjects (facet-about).
editor-check-no-subject = הטענה אינה עוסקת באף גורם, ולכן אף מסנן "על מי" לא יציג אותה.
editor-check-event-label = לאירוע אין תווית בציר הזמן.
editor-check-event-claims = אף טענה אינה מדווחת על אירוע זה, ולכן המסננים לעולם לא יציגו אותו.
