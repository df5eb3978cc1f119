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
# Followed by the command's name, then a colon and the list of problems (in English).
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
