# Reviewed by a Ukrainian-reading sub-editor (helper), 2026-12-05.
# Інтерфейс Claimscope українською: переклад locales/en.ftl (docs/translating.md). Ідентифікатори
# повідомлень і змінні ({ $name }) не змінюються; кількості — за категоріями CLDR для uk
# (one, few, many; many — типовий варіант). Лише звичайний текст, без HTML.
#
# Глосарій:
#   claim            — твердження (мн. твердження, тверджень); claim kinds: Report — Повідомлення,
#                      Assessment — Оцінка, Statement — Заява, Denial — Заперечення
#   claimant         — автор твердження; у фільтрах і колонках — «Хто стверджує»
#   actor            — учасник (учасники); «Про кого» — суб’єкт твердження
#   source           — джерело; «посилатися на джерело» — cite
#   reference list   — список джерел (заголовок References — «Список джерел»)
#   finding          — зауваження (зауваження, зауважень)
#   integrity        — Перевірка (вкладка); «доброчесність» — кальку не вживаємо
#   timeline         — хронологія
#   network          — зв’язки (вкладка «Зв’язки»)
#   filter           — фільтр; matching claims — відібрані твердження
#   contradicted     — спірне (твердження, якому суперечить інше)
#   embed            — вбудувати (Поширити / вбудувати)
#   export           — завантажити (таблиця CSV, зв’язані дані JSON-LD)
#   view             — розділ (Views — «Розділи»)
# Дати: «22 травня 2023 р.», «травень 2023 р.», «2023 р.». Лапки «», апостроф ’.

# The language's name in itself (English: English).
language-name = Українська

## Дати: день, місяць (1–12) і рік — числа; місяць у відмінку, якого потребує шаблон.

date-day = { $day } { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
} { $year } р.
date-month = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
} { $year } р.
date-year = { $year } р.

## Поле пошуку і кількість відібраних тверджень

search-label = Пошук тверджень
search-placeholder = Пошук тверджень і людей
result-count-all = { $total ->
    [one] { $total } твердження
    [few] { $total } твердження
   *[many] { $total } тверджень
}
result-count-filtered = { $matching } з { $total ->
    [one] { $total } твердження
    [few] { $total } тверджень
   *[many] { $total } тверджень
}
clear-all-filters = Скинути всі фільтри

## Зауваження перевірки ($source, $actor, $first, $second і $name — назви й імена зі статті)

finding-unlisted-title = На джерело { $source } посилаються, але його немає в списку джерел
finding-unlisted-detail = Текст посилається на джерело { $source } у { $count ->
    [one] { $count } твердженні
    [few] { $count } твердженнях
   *[many] { $count } твердженнях
}, але в списку джерел його немає, тож читачі не можуть його знайти.
finding-uncited-title = Джерело { $source } є в списку, але на нього не посилаються
finding-uncited-detail = Воно є в списку джерел, але жодне твердження в тексті на нього не посилається.
finding-contradiction-title = Суперечать одне одному: { $first } і { $second }
# The article's own voice, as a finding names it.
finding-author = автор статті ({ $name })
# Two claims' headlines, when the article gives no note on their contradiction.
finding-contradiction-detail = Твердження «{ $first }» суперечить твердженню «{ $second }».
finding-unsourced-title = { $count ->
    [one] { $count } твердження
    [few] { $count } твердження
   *[many] { $count } тверджень
} без джерела
finding-unsourced-detail = Текст не вказує джерела цих тверджень: вони спираються лише на слово тих, хто їх висловлює.
finding-names-title = Одного учасника названо по-різному: { $actor }
# One of the names, with the paragraphs it is in ($paragraphs: "2, 5").
finding-names-name = «{ $name }» ({ $count ->
    [1] абзац
   *[many] абзаци
} { $paragraphs })
# Joins the names: "A and B", then "A and B and C".
finding-names-detail = У тексті той самий учасник фігурує як { $names }. Читачі можуть подумати, що йдеться про різних учасників.

## Типи учасників, тверджень і зв’язків між ними

actor-kind-person = Особа
actor-kind-people = Група людей
actor-kind-organisation = Організація
actor-kind-armed-group = Збройне формування
actor-kind-state = Держава
actor-kind-government = Уряд
actor-kind-military = Збройні сили
actor-kind-intelligence-agency = Спецслужба
actor-kind-media = ЗМІ
actor-kind-author = Автор статті
claim-kind-report = Повідомлення
claim-kind-assessment = Оцінка
claim-kind-statement = Заява
claim-kind-denial = Заперечення
relation-kind-contradicts = Суперечить
relation-kind-supports = Підтверджує

## Вкладки розділів

view-article = Стаття
view-claims = Твердження
view-actors = Учасники
view-sources = Джерела
view-timeline = Хронологія
view-network = Зв’язки
view-integrity = Перевірка
views = Розділи
findings-badge = { $count ->
    [one] { $count } зауваження
    [few] { $count } зауваження
   *[many] { $count } зауважень
}
filters-toggle = { $count ->
    [0] Фільтри
    [one] Фільтри ({ $count })
    [few] Фільтри ({ $count })
   *[many] Фільтри ({ $count })
}
filters = Фільтри

## Шапка ($role — роль у титрах малими літерами, $label — як її записано у файлі)

credit-lead = { $role ->
    [author] Текст:
    [writer] Текст:
    [editor] Редагування:
    [supervisor] Керівництво:
    [translator] Переклад:
   *[other] { $label }:
}
open-full-explorer = Відкрити повну версію
new-tab = (у новій вкладці)

## Фільтри

filter-claims = Фільтр тверджень
facet-by = Хто стверджує
facet-about = Про кого
facet-source = Джерело
facet-kind = Тип твердження
facet-hint = У межах групи достатньо будь-якого з позначених варіантів; між групами мають виконуватися всі умови.
facet-no-source = Без джерела
facet-author = { $name } (автор статті)
facet-count = { $count ->
    [one] { $count } твердження
    [few] { $count } твердження
   *[many] { $count } тверджень
}
facet-clear = Очистити фільтр «{ $facet }»
facet-clear-button = Очистити
facet-show-fewer = Показати менше
facet-show-all = Показати всі { $count }

## Картки

actor-claims-none = { $side ->
    [made] Власних тверджень немає
   *[about] Тверджень про цього учасника немає
}
actor-claims = { $side ->
    [made] { $count ->
        [one] { $count } власне твердження
        [few] { $count } власні твердження
       *[many] { $count } власних тверджень
    }
   *[about] { $count ->
        [one] { $count } твердження про цього учасника
        [few] { $count } твердження про цього учасника
       *[many] { $count } тверджень про цього учасника
    }
}
actor-mentions = { $count ->
    [0] У тексті не згадується
    [1] Згадується в тексті один раз
    [one] Згадується в тексті { $count } раз
    [few] Згадується в тексті { $count } рази
   *[many] Згадується в тексті { $count } разів
}
actor-in-byline = Згадується в підписі статті
actor-aliases = Також згадується як
claim-contradicted-by = Йому суперечить
claim-supported-by = Його підтверджує
claim-in-context = Показати в статті (абзац { $paragraph })
claim-author = автор статті
claim-about = Про кого
claim-sources = Джерела
claim-unsourced = Без джерела
claim-note = Примітка редакції:
claim-original = Читати в оригіналі
# A claim's tooltip in the article: who, what kind, on whose word.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · спірне
claim-tip-no-source = без джерела

## Розділ «Стаття»

article-title = Стаття з виділеними твердженнями
legend-highlighted = Виділений
legend-highlighted-text = текст — це твердження: виберіть його, щоб побачити, хто його висловлює і з чиїх слів.
legend-dashed = Пунктиром
legend-dashed-text = позначено твердження без джерела;
legend-contested-text = позначає твердження, якому суперечить інше;
legend-dotted = крапками
legend-dotted-text = підкреслено імена учасників.
note = Зауваження:
skip-to-view = Перейти до розділу

## Джерела і список джерел

references = Список джерел
references-unlisted = На ці джерела посилаються в тексті, але їх немає в цьому списку:
reference-cited = { $count ->
    [0] у тексті на нього не посилаються
    [one] на нього посилається { $count } твердження
    [few] на нього посилаються { $count } твердження
   *[many] на нього посилаються { $count } тверджень
}
source-citing = { $count ->
    [0] Жодне твердження на нього не посилається
    [one] На нього посилається { $count } твердження
    [few] На нього посилаються { $count } твердження
   *[many] На нього посилаються { $count } тверджень
}
source-undated = Без дати
source-by = Автор: { $author }
source-listed = Є в списку джерел
source-unlisted = Немає в списку джерел
source-unlisted-text = : у тексті на нього посилаються, але читач не може його знайти.

## Хронологія

no-claim-matches = Жодне твердження не відповідає цим фільтрам.
timeline-none = У цій статті немає подій із датами.
timeline-none-matching = Жодне з відібраних тверджень не повідомляє про подію з датою.
timeline-one = Лише одна подія з датою ({ $date }), тож хронологію не побудувати.
timeline-span = { $count ->
    [one] { $count } подія
    [few] { $count } події
   *[many] { $count } подій
} за період { $first } — { $last }; переходьте між ними клавішами зі стрілками.
timeline-events = Події в хронологічному порядку

## Розділ «Перевірка»

integrity-title = Що варто знати уважному читачеві
integrity-intro = Виявлено автоматично за даними статті: прогалини в джерелах, імена, які можуть заплутати, і твердження, що суперечать одне одному.
integrity-concerning = { $count ->
    [0] Жодне із зауважень не стосується відібраних тверджень.
    [one] { $count } з { $total ->
        [one] { $total } зауваження
        [few] { $total } зауважень
       *[many] { $total } зауважень
    } стосується відібраних тверджень.
    [few] { $count } з { $total ->
        [one] { $total } зауваження
        [few] { $total } зауважень
       *[many] { $total } зауважень
    } стосуються відібраних тверджень.
   *[many] { $count } з { $total ->
        [one] { $total } зауваження
        [few] { $total } зауважень
       *[many] { $total } зауважень
    } стосуються відібраних тверджень.
}
integrity-claims-citing = Твердження з джерелом { $source }
integrity-claims-unsourced = Твердження без джерела
integrity-paragraph = абзац { $paragraph }
integrity-in-text = У тексті:

## Зв’язки

network-no-matches = Жодне твердження не відповідає цим фільтрам, тож зв’язків немає.
network-no-links = Жодне з відібраних тверджень не стосується названого учасника, тож зв’язків немає.
network-intro = { $claims ->
    [one] { $claims } твердження
    [few] { $claims } твердження
   *[many] { $claims } тверджень
} від { $claimants ->
    [one] { $claimants } учасника
    [few] { $claimants } учасників
   *[many] { $claimants } учасників
} про { $subjects ->
    [one] { $subjects } учасника
    [few] { $subjects } учасників
   *[many] { $subjects } учасників
}: хто що стверджує і про кого. Виберіть учасника, щоб побачити лише його зв’язки.
# A name in the picture, for screen readers: "Mayor, makes 3 claims".
network-node = { $side ->
    [claimant] { $name }: висловлює { $count ->
        [one] { $count } твердження
        [few] { $count } твердження
       *[many] { $count } тверджень
    }
   *[subject] { $name }: фігурує в { $count ->
        [one] { $count } твердженні
        [few] { $count } твердженнях
       *[many] { $count } твердженнях
    }
}
network-who-claims = Хто стверджує
network-about-whom = Про кого
network-who-claims-what = Хто що стверджує і про кого
network-legend = Умовні позначення
network-contradicted = Спірні
network-wider = Товща лінія — більше тверджень
network-table = Зв’язки у вигляді таблиці
network-claims = Твердження
network-kinds = Типи
network-link = { $from } → { $subject }
network-link-count = { $count ->
    [one] { $count } твердження
    [few] { $count } твердження
   *[many] { $count } тверджень
}
network-link-contradicted = спірних: { $count }
network-more = і ще { $count }
network-claims-by = { $count ->
    [one] { $count } твердження, яке висловлює { $name }, у розділі «Твердження»
    [few] { $count } твердження, які висловлює { $name }, у розділі «Твердження»
   *[many] { $count } тверджень, які висловлює { $name }, у розділі «Твердження»
}
network-claims-about = { $count ->
    [one] { $count } твердження, у якому фігурує { $name }, у розділі «Твердження»
    [few] { $count } твердження, у яких фігурує { $name }, у розділі «Твердження»
   *[many] { $count } тверджень, у яких фігурує { $name }, у розділі «Твердження»
}
network-every-link = Показати всі зв’язки

## Списки карток

claims-show-more = { $more ->
    [1] Показати останнє
    [one] { $fits ->
        [yes] Показати останні { $more }
       *[no] Показати ще { $page } з { $more }
    }
    [few] { $fits ->
        [yes] Показати останні { $more }
       *[no] Показати ще { $page } з { $more }
    }
   *[many] { $fits ->
        [yes] Показати останні { $more }
       *[no] Показати ще { $page } з { $more }
    }
}

## Поширення і завантаження

share = Поширити / вбудувати
share-link = Посилання на цей розділ
share-embed = Вбудувати цей розділ на сторінку
# Chooses the explorer's language; the link and the embed code keep it.
share-language = Мова
share-copy = Копіювати
share-copied = Скопійовано.
share-copy-by-selecting = Виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати.
share-resize-hint = Фрейм сам підлаштовує висоту під вміст — завдяки скрипту з другого рядка або батьківській сторінці з pym.js.
export-none = Жодне твердження не відповідає фільтрам: таблиця і зв’язані дані були б порожніми. Усі твердження є у файлі статті.
export-all = { $count ->
    [1] Завантажити { $count } твердження
    [one] Завантажити всі { $count } твердження
    [few] Завантажити всі { $count } твердження
   *[many] Завантажити всі { $count } тверджень
}
export-matching = { $count ->
    [one] Завантажити { $count } твердження, що відповідає фільтрам
    [few] Завантажити { $count } твердження, що відповідають фільтрам
   *[many] Завантажити { $count } тверджень, що відповідають фільтрам
}
export-json = Увесь файл статті (JSON)
export-csv = Таблиця (CSV)
export-jsonld = Зв’язані дані (JSON-LD)
sources-unsourced = { $count ->
    [one] { $count } твердження
    [few] { $count } твердження
   *[many] { $count } тверджень
}
# After sources-unsourced ("1 claim", "3 claims"); the verb agrees with the count.
sources-unsourced-text = { $count ->
    [one] не посилається на жодне джерело.
    [few] не посилаються на жодне джерело.
   *[many] не посилаються на жодне джерело.
}
show-all = { $list ->
    [actors] Показати всіх учасників, не лише з відібраних тверджень
   *[sources] Показати всі джерела, не лише з відібраних тверджень
}

## Підвал вбудованого віджета і панель помилки

embed-source = Джерело:
embed-get-data = Завантажити дані
error-title = Не вдалося завантажити статтю
# Followed by the command's name, then a colon and the list of problems (check-…).
error-text = У файлі даних статті є помилки. Редакція може виправити їх за допомогою команди
timeline-reported-by = Хто повідомляє: { $names }
reference-by = Автор: { $author }.

## Рядок заголовків таблиці (CSV): одна клітинка на колонку, як у docs/exports.md

csv-id = ID
csv-paragraph = Абзац
csv-quote = Цитата
csv-summary = Короткий зміст
csv-claimant = Хто стверджує
csv-kind = Тип
csv-sources = Джерела
csv-subjects = Про кого
csv-contradicted-by = Суперечності
csv-supported-by = Підтвердження

## Lists

list-and = { $first } і { $rest }
list-unit = { $first }, { $rest }

## Перевірка: чому файл статті не вдається показати (ідентифікатори check-…). Ці повідомлення бачить
## працівник редакції в редакторі, а читач — коли сторінка посилається на файл із помилками. Назви
## полів, ідентифікатори, JSON і власні слова формату ("format", "claimscope/1", YYYY-MM-DD) лишаються
## як є; значення в «» — цитата з файлу.
#
# Глосарій перевірки:
#   article file                 — файл статті
#   list (JSON array) / object   — список / об’єкт; field — поле; field name — назва поля
#   text in quotes (string)      — текст у лапках; value — значення; entry (of a list) — запис
#   id                           — ідентифікатор; relation — зв’язок; escape — екранування
#   Програма ставить перед повідомленням місце у файлі і двокрапку («claims[3].quote.exact: …»),
#   тож такі повідомлення починаються з малої літери; повідомлення без місця — з великої.

# Where a problem is, in a file that is not JSON at all.
check-at = рядок { $line }, стовпець { $column }
check-too-large = Файл статті може займати щонайбільше { $megabytes } МБ, а цей займає { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байти
   *[many] { $bytes } байтів
}.
check-not-text = Файл не є текстом у кодуванні UTF-8: відкрийте файл статті (.json) або текст статті (.txt).
check-not-article = Це не файл статті.
check-no-text = Немає тексту, з якого можна скласти чернетку.
check-unreadable = Не вдалося прочитати файл.
check-format-other = цей віджет читає лише формат «{ $format }», а не «{ $found }».
check-format-missing = поле відсутнє або його значення — не текст у лапках: файл статті має починатися з "format": "{ $format }".
check-json-unclosed = текст у лапках не закрито: бракує закривальної лапки.
check-json-ends-value = файл закінчується там, де мало бути значення.
check-json-ends-list = файл закінчується посеред списку (бракує ']').
check-json-ends-object = файл закінчується посеред об’єкта (бракує '{"}"}').
check-json-value = тут має бути значення (текст у лапках, число, true, false, null, [ або {"{"}).
check-json-trailing-comma = після коми має бути значення: список чи об’єкт не може закінчуватися комою.
check-json-list-comma = у списку тут має бути ',' або ']'.
check-json-object-comma = в об’єкті тут має бути ',' або '{"}"}'.
check-json-colon = після назви поля має бути ':'.
check-json-key = тут має бути назва поля в лапках.
check-json-trailing = після кінця даних у файлі є зайвий текст.
check-json-number-large = число завелике.
check-json-number = число записано неправильно.
check-json-escape = невідома послідовність екранування після '\'.
check-json-utf8 = текст не в коректному кодуванні UTF-8.
check-json-control = керувальні символи (як-от розрив рядка чи табуляцію) у лапках треба екранувати.
check-json-surrogate = після екранування \u зі старшим сурогатом має йти \u з молодшим.
check-json-hex = після \u мають бути чотири шістнадцяткові цифри.
check-json-deep = глибина вкладення списків і об’єктів перевищує { $depth }.
check-json-twice = поле «{ $field }» трапляється в одному об’єкті двічі.
# Any other error of the JSON reader, in its own (English) words.
check-json-other = { $message }.
# $expected and $found are kinds of JSON value.
check-wrong-type = має бути { $expected ->
    [object] об’єкт
    [list] список
    [boolean] true або false
   *[text] текст у лапках
}, а не { $found ->
    [null] null
    [boolean] true чи false
    [number] число
    [list] список
    [object] об’єкт
   *[text] текст у лапках
}.
check-missing = бракує цього поля.
check-empty = поле не може бути порожнім.
check-id = «{ $id }» — неприпустимий ідентифікатор: він має складатися з 1–64 малих латинських літер, цифр, '-' або '_' і починатися з літери чи цифри.
# $words are the format's own words for the field ("person, people, organisation").
check-word = «{ $value }» — невідомий { $field ->
    [actor-kind] тип учасника
    [claim-kind] тип твердження
   *[relation-kind] тип зв’язку
}; допустимі значення: { $words }.
check-date = «{ $date }» — неіснуюча або неправильно записана дата (формат: YYYY-MM-DD, YYYY-MM або YYYY).
check-link = «{ $link }» — неправильне посилання: потрібна повна адреса, що починається з http:// або https://.
# $path is where the first entry with this id is: actors[2].
check-id-taken = «{ $id }» уже є ідентифікатором запису { $path }.
# $list is the name of a list of the file: actors, sources, claims, paragraphs.
check-id-unknown = у списку { $list } немає запису з ідентифікатором «{ $id }».
check-too-many = у списку { $count ->
        [one] { $count } запис
        [few] { $count } записи
       *[many] { $count } записів
    }, а допустимо щонайбільше { $most }.
check-id-listed-twice = «{ $id }» вказано двічі.
check-unsourced-reserved = ідентифікатор «unsourced» зарезервовано для тверджень без джерела; виберіть інший.
check-relation-two = зв’язок має поєднувати рівно два твердження, а не { $count }.
check-relation-same = зв’язок має поєднувати два різні твердження.
# $path is the earlier relation: relations[3].
check-related-already = ці два твердження вже поєднує зв’язок { $path }.
check-quote-absent = в абзаці { $paragraph } немає тексту «{ $quote }».
check-quote-context = «{ $quote }» є в абзаці { $paragraph }, але ніде не стоїть між указаними prefix і suffix (текстом перед цитатою і після неї).
check-quote-many = «{ $quote }» трапляється { $count ->
        [one] { $count } раз
        [few] { $count } рази
       *[many] { $count } разів
    } в абзаці { $paragraph }; додайте prefix або suffix (текст перед цитатою чи після неї), щоб указати потрібне місце.
# Where a page names a file (data=) that cannot be downloaded; $address is the file's address.
check-fetch-address = «{ $address }» — неправильна адреса.
check-fetch-not-http = «{ $address }» не є адресою http:// або https://.
check-fetch-network = Не вдалося завантажити файл статті за адресою { $address }: запит до мережі не пройшов (немає з’єднання з інтернетом або сервер не дозволяє такий запит).
# $status is the server's answer: "404 Not Found".
check-fetch-status = Не вдалося завантажити файл статті за адресою { $address }: сервер відповів кодом { $status }.
check-fetch-large = Не вдалося завантажити файл статті за адресою { $address }: він більший за { $megabytes } МБ — найбільший допустимий розмір файлу статті.
check-fetch-body = Не вдалося завантажити файл статті за адресою { $address }: його вміст неможливо прочитати.

## Editor: панель угорі. Редактор (?edit) — інструмент редакції для створення файлу статті; його
## повідомлення (ідентифікатори починаються з editor-) потрапляють лише до збірки редактора.
#
# Глосарій редактора:
#   draft (drafter, drafted)  — чернетка; «скласти чернетку»; позначка «чернетка»
#   mark as checked           — «Позначити як перевірене»; Check (панель) — «Перевірка»
#   problem                   — помилка; warning — «заповнити перед публікацією»
#   annotate, annotations     — розмітити, розмітка
#   alias («is another name of») — інше ім’я; кнопка «Додати як інше ім’я»
#   preview                   — перегляд (перемикач «Текст / Перегляд»)
#   explorer                  — віджет
#   publish                   — публікація; download — завантажити
#   undo / redo               — скасувати / повторити
#   credits                   — «Над статтею працювали»; outlet — видання

# The bar's heading is the name Claimscope, the same in every language, then this word in the
# accent colour.
editor-bar-name = редактор
editor-page-title = Редактор Claimscope
# The browser tab's title while an article is open ($title is its headline).
editor-page-title-article = { $title } · Редактор Claimscope
editor-open-file = Відкрити файл…
editor-another-article = Інша стаття…
editor-another-article-title = Вставити чи відкрити іншу статтю; ця залишиться збереженою
editor-undo = Скасувати
editor-undo-title = Скасувати (Ctrl+Z)
editor-redo = Повторити
editor-redo-title = Повторити (Ctrl+Shift+Z)
# The button that downloads the article file at once.
editor-download = Завантажити

## Editor: збереження в цьому браузері (рядок стану на панелі й сповіщення, коли зберегла інша вкладка)

editor-saved = Збережено в цьому браузері
editor-not-saved-other-tab = Не збережено: змінено в іншій вкладці
editor-not-saved-refused = Не збережено: браузер не дозволяє зберегти — завантажте файл
editor-other-tab = Цю статтю змінили в іншій вкладці чи вікні після того, як її востаннє зберегли тут. Яку версію залишити? Редагування тут призупинено до вашого вибору, щоб не з’явилося змін, які неможливо зберегти.
# The two answers: keep the other tab's version, or this tab's.
editor-other-tab-theirs = З іншої вкладки
editor-other-tab-ours = З цієї вкладки

## Editor: початковий екран

editor-start-title = Створіть файл Claimscope для своєї статті
editor-start-intro = Вставте статтю так, як копіюєте її зі сторінки, — із заголовком, іменами авторів, текстом і списком джерел, — і Claimscope складе чернетку: твердження, хто їх висловлює і з чиїх слів. Потім ви перевіряєте й виправляєте чернетку, виділяючи слова в тексті. Дані не залишають цей комп’ютер; робота автоматично зберігається в цьому браузері.
editor-start-paste = Текст статті
# Shown in the empty box until something is pasted: the shape of an article.
editor-start-paste-placeholder =
    Заголовок

    Автор: …

    Перший абзац…
editor-start-draft = Скласти чернетку з цього тексту
editor-start-drafting = Створюємо чернетку…
# “Open a file” names the bar's button editor-open-file.
editor-start-hint = Або відкрийте текст (.txt) чи файл статті (.json) кнопкою «Відкрити файл» чи перетягніть його на цю сторінку.
# The heading of the list of articles this browser holds work on.
editor-start-saved = Збережено в цьому браузері
# A saved article, to open again ($title is its headline, or its id).
editor-start-go-on = Продовжити роботу: «{ $title }»

## Editor: відкриття іншої статті. $origin — pasted для тексту, вставленого на початковому екрані,
## інакше file, з назвою файлу в $name.

editor-refused-title = Claimscope не може відкрити { $origin ->
    [pasted] вставлений текст
   *[file] файл { $name }
} як статтю
# Before the list of the checker's problems; $open is yes when an article was open.
editor-refused-found = { $open ->
    [yes] Відкриту статтю не змінено. Перевірка виявила:
   *[no] Перевірка виявила:
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable).
editor-unavailable-title = Чернетку ще не складено
editor-close = Закрити
editor-file-too-large = Файл більший за { $megabytes } МБ — це найбільший допустимий розмір файлу статті.
editor-file-unreadable = Браузер не зміг прочитати файл.
editor-replace-title = Відкрити іншу статтю?
editor-replace-saved = У цьому браузері вже збережено роботу над цією статтею. Якщо відкрити { $origin ->
    [pasted] вставлений текст
   *[file] файл { $name }
}, її буде замінено { $origin ->
    [pasted] цим текстом
   *[file] цим файлом
} без ваших змін. Щоб не втратити роботу, спершу завантажте її.
# $title is the headline of the article open now.
editor-replace-open = Якщо відкрити { $origin ->
    [pasted] вставлений текст
   *[file] файл { $name }
}, статтю «{ $title }» буде закрито. Роботу над нею збережено в цьому браузері, до неї можна повернутися пізніше.
editor-replace-yes = Відкрити
editor-cancel = Скасувати

## Editor: текст, панель виділення і перегляд

# Names the pair of buttons that show the article's text or the Preview.
editor-show = Показати
editor-text = Текст
editor-preview = Перегляд
editor-preview-blocked = Віджет не покаже файл, доки не виправлено помилки на панелі «Перевірка».
editor-text-label = Текст статті: виділіть слова, щоб позначити твердження, учасника чи джерело
editor-select-hint = Виділіть слова в тексті (мишею або клавішами Shift і стрілками), щоб їх розмітити.
# $words are the words selected in the text, shortened.
editor-selected = Виділено: «{ $words }»
editor-annotate = Розмітити виділені слова
editor-new-claim = Нове твердження
editor-new-actor = Новий учасник
# Makes the selected words a source that the claim around them cites.
editor-cite = Джерело
# Before a list of the actors: the selected words are another name of the one chosen.
editor-alias-of = Додати як інше ім’я

## Editor: бічна панель, її вкладки та списки (Твердження, Учасники, Джерела і Стаття — це
## повідомлення view-… віджета)

editor-annotations = Розмітка
editor-panels = Панелі
editor-panel-check = Перевірка
editor-panel-events = Події
# The panel that downloads the file and makes the code to embed it.
editor-panel-download = Завантаження
# Goes back from an entry's form to the list it is in.
editor-back = ← До списку
# Marks an entry the drafter guessed and no one has checked yet.
editor-drafted-badge = чернетка
# Beside each source in its list: whether the article's reference list names it.
editor-listed = у списку джерел
editor-unlisted = немає в списку джерел
editor-add-actor = Додати учасника вручну
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = Видалити «{ $name }»
# Checks at once every actor the drafter guessed, once their names in the list are right.
editor-check-all-actors = Позначити всіх учасників як перевірених
# The name an actor added by hand starts with, until it is given one.
editor-new-actor-name = Новий учасник
editor-add-event = Додати подію
# An event in its list before it has a label.
editor-event-untitled = Подія без підпису

## Editor: панель «Перевірка» ($problem — одне з повідомлень перевірки, check-…)

editor-checking = Перевіряємо файл…
editor-check-problems = Помилки
editor-check-valid = Файл без помилок: віджет його покаже.
editor-check-invalid = Віджет не покаже файл, доки не виправлено ці помилки:
# A problem, after the place in the file it is about ($path: claims[2].summary).
editor-check-problem = { $path }: { $problem }
editor-check-warnings = Заповнити перед публікацією
editor-check-findings = Зауваження, які побачать читачі

## Editor: спільне для форм усіх записів

editor-drafted = Чернетка: ще не перевірено
editor-mark-checked = Позначити як перевірене
editor-field-name = Ім’я або назва
editor-kind = Тип
editor-note = Примітка редакції (необов’язково)
editor-remove = Видалити
# A choice the file holds that is none of the list's ($value as the file writes it).
editor-unknown = { $value } (невідоме значення)

## Editor: форма твердження ($id — ідентифікатор твердження у файлі)

editor-claim = Твердження
editor-claim-heading = Твердження { $id }
editor-quote = Цитата
editor-requote = Замінити цитату виділеними словами
editor-summary = Короткий зміст: твердження одним простим реченням
editor-claimant = Хто стверджує
editor-claim-sources = З чиїх слів (джерела)
editor-claim-remove = Видалити це твердження
editor-related = Пов’язані твердження
editor-unlink = Прибрати зв’язок
editor-another-claim = Інше твердження
editor-contradicts = Суперечить вибраному
editor-supports = Підтверджує вибране

## Editor: форма учасника ($id — ідентифікатор учасника у файлі)

# Names the actor form, and the list of actors beside the selection bar's “Is another name of”.
editor-actor = Учасник
editor-actor-heading = Учасник { $id }
editor-actor-summary = Хто це — одним реченням
editor-aliases = Інші імена в тексті (абревіатури, скорочення)
# Each of an actor's other names: Other name 1, Other name 2…
editor-alias = Інше ім’я { $number }
editor-add-alias = Додати інше ім’я
editor-actor-remove = Видалити цього учасника

## Editor: форма джерела ($id — ідентифікатор джерела у файлі)

editor-source = Джерело
editor-source-heading = Джерело { $id }
editor-outlet = Видання
editor-source-author = Автор (необов’язково)
editor-source-title = Назва (необов’язково)
# The file writes dates as year-month-day, year-month or year: keep the examples as they are.
editor-source-date = Дата: 2024-03-05, 2024-03 або 2024 (необов’язково)
editor-source-url = Посилання (необов’язково)
editor-source-listed = Є в списку джерел статті
editor-source-remove = Видалити це джерело

## Editor: форма події ($id — ідентифікатор події у файлі)

editor-event = Подія
editor-event-heading = Подія { $id }
editor-event-date = Дата: 2024-03-05, 2024-03 або 2024
editor-event-label = Підпис у хронології
# Before the claims that report the event, one tick box each.
editor-event-claims = Твердження, що повідомляють про подію
editor-event-remove = Видалити цю подію

## Editor: форма статті

editor-article-heading = Стаття
editor-article-title = Заголовок
editor-article-id = Ідентифікатор (назва файлу і частина адрес)
editor-article-category = Рубрика (необов’язково)
editor-article-publisher = Видавець (необов’язково)
# A BCP 47 language tag, as the file writes it.
editor-article-language = Мова (uk, en, pt-BR)
editor-article-published = Дата публікації: 2024-03-05 (необов’язково)
editor-article-url = Де опубліковано (посилання, необов’язково)
editor-credits = Над статтею працювали
# The roles the explorer names in its own words are author, writer, editor, supervisor and
# translator, written in English in the file.
editor-credit-role = Роль англійською (author, editor…)
editor-add-credit = Додати ім’я і роль

## Editor: панель «Завантаження» і код для вбудовування віджета

editor-publish-title = Завантажити файл
editor-publish-invalid = Віджет поки не може показати цей файл: див. панель «Перевірка». Проте файл можна завантажити вже зараз і продовжити роботу пізніше.
# $file is the file's name: harbour-closure.json
editor-publish-download = Завантажити { $file }
editor-embed-title = Вбудувати на свою сторінку
editor-embed-hosted = Адреса, за якою буде розміщено файл
editor-embed-explorer = Адреса віджета Claimscope
editor-embed-code = Вставте цей код туди, де має з’явитися віджет
editor-embed-cors = Сервер, на якому лежить файл, має дозволяти адресі віджета читати його (CORS), якщо вони не на одному сайті.

## Editor: видалення учасника чи джерела, яке використовують твердження. Речення запитання йдуть
## одне за одним у такому порядку, друге й третє — лише коли такі твердження є; $name — ім’я
## учасника або назва видання джерела, $claims — перелік заголовків тверджень.

editor-remove-title = Видалити «{ $name }»?
editor-remove-used = «{ $name }» досі використовується.
editor-remove-by = Твердження від нього або з посиланням на нього: { $claims }.
editor-remove-about = Твердження про нього: { $claims }.
editor-remove-effect = Якщо видалити, його буде прибрано з цих тверджень (його власні твердження перейдуть до автора статті з позначкою для повторної перевірки). Цю дію можна скасувати.
# One claim in the lists above, by its headline.
editor-remove-headline = «{ $headline }»

## Editor: the language of the pasted text

editor-language = Мова тексту
editor-language-detected = Визначено: { $language }
editor-language-other = Інша мова
editor-language-neutral = Для цієї мови в Claimscope немає словників, тож чернетка міститиме лише цитати й імена, а хто що каже, вкажете ви.
editor-language-unavailable = Не вдалося завантажити словники для мови тексту ({ $language }) — перевірте з’єднання з інтернетом. Спробуйте ще раз або виберіть «Інша мова», щоб скласти чернетку лише з цитатами й іменами.
editor-drafter-unavailable = Не вдалося завантажити модуль чернеток — перевірте з’єднання з інтернетом. Спробуйте ще раз.
editor-drafter-stopped = Модуль чернеток зупинився на цьому тексті, чернетку не створено. Спробуйте ще раз або виберіть «Інша мова», щоб скласти чернетку лише з цитатами й іменами.

## Editor: попередження перевірки, кожне після шляху до поля, яке треба заповнити («claims[3].summary:»),
## на панелі «Перевірка» (а англійською — і в `claimscope check`)

# $why is one of the messages below it, saying why an empty field matters.
editor-check-empty = порожнє: { $why }
editor-check-no-headline = у статті немає заголовка.
editor-check-no-language = вкажіть мову тексту («uk»), щоб програми зчитування з екрана правильно його вимовляли.
editor-check-credit-name = у записі «Над статтею працювали» не вказано імені.
editor-check-credit-role = вкажіть, що зробила ця людина (author, editor…).
editor-check-empty-paragraph = абзац порожній.
editor-check-empty-alias = інше ім’я порожнє, тож нікого не називає.
editor-check-actor-summary = читачі не бачать опису цього учасника.
# $name as the file writes it, $spelt as the text does (another apostrophe or quotation mark).
editor-check-spelt = у тексті написано не «{ $name }», а «{ $spelt }»: шукаючи одне, читачі не знайдуть іншого.
editor-check-unused-actor = немає жодного твердження ні від «{ $name }», ні про нього; читачі знайдуть цього учасника лише в розділі «Учасники».
editor-check-unused-source = жодне твердження не посилається на джерело «{ $source }», і в списку джерел його немає.
editor-check-claim-summary = читачі бачать цитату замість короткого змісту.
# “About” is the filter of the claims' subjects (facet-about).
editor-check-no-subject = твердження не стосується жодного учасника, тож фільтр «Про кого» його не знайде.
editor-check-event-label = у події немає підпису в хронології.
editor-check-event-claims = жодне твердження не повідомляє про цю подію, тож фільтри її ніколи не покажуть.
