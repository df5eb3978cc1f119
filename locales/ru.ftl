# Reviewed by a Russian-reading sub-editor (helper), 2026-12-05.
# Интерфейс Claimscope на русском языке, перевод locales/en.ftl (docs/translating.md).
# Идентификаторы сообщений и переменные ({ $name }) не меняются; формы числа выбираются
# по категориям CLDR для русского: one, few, many (many — по умолчанию). Только простой текст.
#
# Глоссарий:
#   claim — утверждение (claim kinds: сообщение, оценка, заявление, опровержение)
#   claimant — автор утверждения (в фильтрах и на схеме: «Кто утверждает»)
#   actor — участник (участники событий, о которых пишет статья)
#   source — источник
#   reference list — список источников
#   finding — замечание
#   integrity — проверка (вкладка «Проверка»: замечания о работе с источниками)
#   timeline — хронология
#   network — связи (вкладка «Связи», схема связей)
#   filter — фильтр; сбросить фильтры
#   embed — встроить; код для вставки
#   export — скачать (таблица, данные)
#   contradict — противоречить; matching claims — найденные утверждения; view — раздел

# The language's name in itself (English: English).
language-name = Русский

## Даты: день, месяц (1–12) и год приходят числами; «22 мая 2023 года», «май 2023 года».

date-day = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year }
date-month = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year }
date-year = { $year }

## Строка поиска и число найденных утверждений

search-label = Поиск по утверждениям
search-placeholder = Утверждения, люди, источники
result-count-all = { $total ->
    [one] { $total } утверждение
    [few] { $total } утверждения
   *[many] { $total } утверждений
}
result-count-filtered = { $matching } из { $total ->
    [one] { $total } утверждения
    [few] { $total } утверждений
   *[many] { $total } утверждений
}
clear-all-filters = Сбросить все фильтры

## Замечания проверки ($source, $actor, $first, $second и $name — имена и названия из статьи)

finding-unlisted-title = { $source }: упоминается в тексте, но отсутствует в списке источников
finding-unlisted-detail = Текст ссылается на этот источник в { $count ->
    [one] { $count } утверждении
    [few] { $count } утверждениях
   *[many] { $count } утверждениях
}, но в списке источников его нет, поэтому читатель не сможет его найти.
finding-uncited-title = { $source }: есть в списке источников, но не упоминается в тексте
finding-uncited-detail = Источник включен в список, но ни одно утверждение в тексте на него не ссылается.
finding-contradiction-title = Противоречат друг другу: { $first } и { $second }
# Голос самой статьи, как его называет замечание.
finding-author = автор статьи ({ $name })
# Заголовки двух утверждений, если в статье нет пояснения к их противоречию.
finding-contradiction-detail = «{ $first }» против «{ $second }».
finding-unsourced-title = { $count ->
    [one] { $count } утверждение без источника
    [few] { $count } утверждения без источника
   *[many] { $count } утверждений без источника
}
finding-unsourced-detail = Текст не указывает источник этих утверждений: за ними стоит лишь слово тех, кто их высказывает.
finding-names-title = { $actor }: в тексте разные варианты полного имени
# Одно из имен и абзацы, где оно встречается ($paragraphs: «2, 5»).
finding-names-name = «{ $name }» ({ $count ->
    [1] абзац
   *[many] абзацы
} { $paragraphs })
# Соединяет имена: «A и B», затем «A и B и C».
finding-names-detail = Один и тот же участник назван в тексте по-разному: { $names }. Читатели могут решить, что это разные участники.

## Типы участников, утверждений и связей между утверждениями

actor-kind-person = Человек
actor-kind-people = Группа людей
actor-kind-organisation = Организация
actor-kind-armed-group = Вооруженная группировка
actor-kind-state = Государство
actor-kind-government = Правительство
actor-kind-military = Военные
actor-kind-intelligence-agency = Спецслужба
actor-kind-media = СМИ
actor-kind-author = Автор статьи
claim-kind-report = Сообщение
claim-kind-assessment = Оценка
claim-kind-statement = Заявление
claim-kind-denial = Опровержение
relation-kind-contradicts = Противоречит
relation-kind-supports = Подтверждает

## Вкладки разделов

view-article = Статья
view-claims = Утверждения
view-actors = Участники
view-sources = Источники
view-timeline = Хронология
view-network = Связи
view-integrity = Проверка
views = Разделы
findings-badge = { $count ->
    [one] { $count } замечание
    [few] { $count } замечания
   *[many] { $count } замечаний
}
filters-toggle = { $count ->
    [0] Фильтры
   *[many] Фильтры ({ $count })
}
filters = Фильтры

## Шапка ($role — роль из подписи строчными буквами, $label — как она записана в файле)

credit-lead = { $role ->
    [author] Автор:
    [writer] Текст:
    [editor] Редактор:
    [supervisor] Руководитель:
    [translator] Перевод:
   *[other] { $label }:
}
open-full-explorer = Открыть полную версию
new-tab = (в новой вкладке)

## Фильтры

filter-claims = Фильтр утверждений
facet-by = Кто утверждает
facet-about = О ком
facet-source = Источник
facet-kind = Тип утверждения
facet-hint = Внутри группы достаточно совпадения с любым из отмеченных значений, а условия разных групп должны выполняться одновременно.
facet-no-source = Без источника
facet-author = { $name } (автор статьи)
facet-count = { $count ->
    [one] { $count } утверждение
    [few] { $count } утверждения
   *[many] { $count } утверждений
}
facet-clear = Сбросить фильтр «{ $facet }»
facet-clear-button = Сбросить
facet-show-fewer = Свернуть
facet-show-all = Показать все { $count }

## Карточки

actor-claims-none = { $side ->
    [made] Ничего не утверждает
   *[about] Не фигурирует в утверждениях
}
actor-claims = { $side ->
    [made] { $count ->
        [one] Автор { $count } утверждения
        [few] Автор { $count } утверждений
       *[many] Автор { $count } утверждений
    }
   *[about] { $count ->
        [one] Фигурирует в { $count } утверждении
        [few] Фигурирует в { $count } утверждениях
       *[many] Фигурирует в { $count } утверждениях
    }
}
actor-mentions = { $count ->
    [0] В тексте не упоминается
    [1] Упоминается в тексте один раз
    [one] Упоминается в тексте { $count } раз
    [few] Упоминается в тексте { $count } раза
   *[many] Упоминается в тексте { $count } раз
}
actor-in-byline = Упоминается в подписи к статье
actor-aliases = Также упоминается как
claim-contradicted-by = Ему противоречат
claim-supported-by = Его подтверждают
claim-in-context = Показать в статье, абзац { $paragraph }
claim-author = автор статьи
claim-about = О ком
claim-sources = Источники
claim-unsourced = Без источника
claim-note = Примечание редакции:
claim-original = Читать в оригинале
# Подсказка к утверждению в статье: кто, какого типа, со ссылкой на кого.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · есть противоречие
claim-tip-no-source = без источника

## Раздел «Статья»

article-title = Статья с выделенными утверждениями
legend-highlighted = Выделенный
legend-highlighted-text = текст — это утверждение: нажмите на него, чтобы узнать, кто и со ссылкой на кого это утверждает.
legend-dashed = Пунктиром
legend-dashed-text = отмечены утверждения без источника;
legend-contested-text = — утверждение, которому противоречит другое;
legend-dotted = точками
legend-dotted-text = подчеркнуты имена участников.
note = Примечание:
skip-to-view = Перейти к разделу

## Источники и список источников

references = Список источников
references-unlisted = Упоминаются в тексте, но отсутствуют в этом списке:
reference-cited = { $count ->
    [0] в тексте не упоминается
    [one] упоминается в { $count } утверждении
    [few] упоминается в { $count } утверждениях
   *[many] упоминается в { $count } утверждениях
}
source-citing = { $count ->
    [0] Не упоминается ни в одном утверждении
    [one] Упоминается в { $count } утверждении
    [few] Упоминается в { $count } утверждениях
   *[many] Упоминается в { $count } утверждениях
}
source-undated = Без даты
source-by = Автор: { $author }
source-listed = Есть в списке источников
source-unlisted = Нет в списке источников
source-unlisted-text = : текст на него ссылается, но читатель не сможет его найти.

## Хронология

no-claim-matches = Ни одно утверждение не подходит под эти фильтры.
timeline-none = В статье нет событий с датами.
timeline-none-matching = Ни в одном из найденных утверждений нет событий с датой.
timeline-one = Всего одно событие с датой ({ $date }): шкалу времени не построить.
timeline-span = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}: { $first } — { $last }. Переходить от события к событию можно клавишами со стрелками.
timeline-events = События в хронологическом порядке

## Раздел «Проверка»

integrity-title = Что стоит знать внимательному читателю
integrity-intro = Составлено автоматически по данным статьи: пробелы в ссылках на источники, имена, которые могут запутать, и утверждения, противоречащие друг другу.
integrity-concerning = { $count ->
    [0] Ни одно замечание не касается найденных утверждений.
    [one] { $count } из { $total } { $total ->
        [one] замечания
        [few] замечаний
       *[many] замечаний
    } касается найденных утверждений.
    [few] { $count } из { $total } { $total ->
        [one] замечания
        [few] замечаний
       *[many] замечаний
    } касаются найденных утверждений.
   *[many] { $count } из { $total } { $total ->
        [one] замечания
        [few] замечаний
       *[many] замечаний
    } касаются найденных утверждений.
}
integrity-claims-citing = Утверждения со ссылкой на источник { $source }
integrity-claims-unsourced = Утверждения без источника
integrity-paragraph = абзац { $paragraph }
integrity-in-text = В тексте:

## Связи

network-no-matches = Ни одно утверждение не подходит под эти фильтры, поэтому связей нет.
network-no-links = Ни одно из найденных утверждений не касается никого из участников, поэтому связей нет.
network-intro = { $claims ->
    [one] { $claims } утверждение
    [few] { $claims } утверждения
   *[many] { $claims } утверждений
} от { $claimants ->
    [one] { $claimants } участника
    [few] { $claimants } участников
   *[many] { $claimants } участников
} о { $subjects ->
    [one] { $subjects } участнике
    [few] { $subjects } участниках
   *[many] { $subjects } участниках
}: кто что о ком утверждает. Нажмите на имя, чтобы увидеть только его связи.
# Имя на схеме, для экранных чтецов: «Мэр, автор 3 утверждений».
network-node = { $side ->
    [claimant] { $name }, автор { $count ->
        [one] { $count } утверждения
        [few] { $count } утверждений
       *[many] { $count } утверждений
    }
   *[subject] { $name }, фигурирует в { $count ->
        [one] { $count } утверждении
        [few] { $count } утверждениях
       *[many] { $count } утверждениях
    }
}
network-who-claims = Кто утверждает
network-about-whom = О ком
network-who-claims-what = Кто что о ком утверждает
network-legend = Условные обозначения
network-contradicted = Есть противоречие
network-wider = Толще линия — больше утверждений
network-table = Связи в виде таблицы
network-claims = Утверждения
network-kinds = Типы
network-link = { $from } → { $subject }
network-link-count = { $count ->
    [one] { $count } утверждение
    [few] { $count } утверждения
   *[many] { $count } утверждений
}
network-link-contradicted = с противоречием: { $count }
network-more = и еще { $count }
network-claims-by = { $count ->
    [one] { $count } утверждение этого участника
    [few] { $count } утверждения этого участника
   *[many] { $count } утверждений этого участника
} в разделе «Утверждения»
network-claims-about = { $count ->
    [one] { $count } утверждение об этом участнике
    [few] { $count } утверждения об этом участнике
   *[many] { $count } утверждений об этом участнике
} в разделе «Утверждения»
network-every-link = Показать все связи

## Списки карточек

claims-show-more = { $more ->
    [1] Показать последнее
   *[many] { $fits ->
        [yes] Показать оставшиеся { $more }
       *[no] Показать еще { $page } из { $more }
    }
}

## Поделиться и скачать

share = Поделиться / Встроить
share-link = Ссылка на этот раздел
share-embed = Код для вставки на страницу
# Chooses the explorer's language; the link and the embed code keep it.
share-language = Язык
share-copy = Копировать
share-copied = Скопировано.
share-copy-by-selecting = Текст выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать.
share-resize-hint = Высота фрейма подстраивается под содержимое, если подключен скрипт из второй строки или на родительской странице используется pym.js.
export-none = Ни одно утверждение не подходит под эти фильтры: таблица и связанные данные были бы пустыми. Все утверждения есть в файле статьи.
export-all = { $count ->
    [1] Скачать { $count } утверждение
    [one] Скачать все { $count } утверждение
    [few] Скачать все { $count } утверждения
   *[many] Скачать все { $count } утверждений
}
export-matching = { $count ->
    [1] Скачать найденное утверждение
    [one] Скачать { $count } найденное утверждение
    [few] Скачать { $count } найденных утверждения
   *[many] Скачать { $count } найденных утверждений
}
export-json = Весь файл статьи (JSON)
export-csv = Таблица (CSV)
export-jsonld = Связанные данные (JSON-LD)
sources-unsourced = { $count ->
    [one] { $count } утверждение
    [few] { $count } утверждения
   *[many] { $count } утверждений
}
# Идет после sources-unsourced («1 утверждение», «3 утверждения»); глагол согласуется с числом.
sources-unsourced-text = { $count ->
    [one] не ссылается ни на один источник.
    [few] не ссылаются ни на один источник.
   *[many] не ссылаются ни на один источник.
}
show-all = { $list ->
    [actors] Показать всех участников, а не только тех, кто есть в найденных утверждениях
   *[sources] Показать все источники, а не только те, что есть в найденных утверждениях
}

## Подвал встроенного виджета и сообщение об ошибке

embed-source = Источник:
embed-get-data = Скачать данные
error-title = Не удалось загрузить статью
# Дальше идет название команды, затем двоеточие и список ошибок (check-…).
error-text = В файле данных статьи есть ошибки. Редакция может исправить их с помощью команды
timeline-reported-by = Кто сообщает: { $names }
reference-by = Автор: { $author }.

## Строка заголовков таблицы (CSV): по ячейке на столбец, как в docs/exports.md

csv-id = id
csv-paragraph = абзац
csv-quote = цитата
csv-summary = краткое содержание
csv-claimant = автор утверждения
csv-kind = тип
csv-sources = источники
csv-subjects = о ком
csv-contradicted-by = противоречащие
csv-supported-by = подтверждающие

## Lists

list-and = { $first } и { $rest }
list-unit = { $first }, { $rest }

## Проверка файла: почему файл статьи нельзя показать (идентификаторы check-…). Эти сообщения читает
## сотрудник редакции в редакторе, а читатель — если страница ссылается на файл с ошибками. Имена
## полей, id, JSON и собственные слова формата ("format", "claimscope/1", YYYY-MM-DD) не
## переводятся; значение в «» — цитата из файла. Программа ставит перед сообщением место в файле
## и двоеточие («claims[3].quote.exact: …»), поэтому после него сообщение начинается со строчной буквы;
## с заглавной — только те, что показываются без места (файл целиком).
##
## Термины JSON для тех, кто не программирует:
##   array — список; object — объект; field / key — поле; string — текст в кавычках;
##   entry — запись; document — файл; article file — файл статьи; explorer — виджет

# Место ошибки в файле, который вообще не читается как JSON.
check-at = строка { $line }, столбец { $column }
check-too-large = Файл статьи не может быть больше { $megabytes } МБ, а размер этого файла — { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
   *[many] { $bytes } байт
}.
check-not-text = Это не текстовый файл в кодировке UTF-8: откройте файл статьи (.json) или текст статьи (.txt).
check-not-article = Это не файл статьи.
check-no-text = Нет текста, по которому можно составить черновик.
check-unreadable = Не удалось прочитать файл.
check-format-other = этот виджет не читает формат «{ $found }» — только «{ $format }».
check-format-missing = поле отсутствует или в нем не текст в кавычках: файл статьи начинается с "format": "{ $format }".
check-json-unclosed = у текста в кавычках нет закрывающей кавычки.
check-json-ends-value = файл обрывается там, где должно быть значение.
check-json-ends-list = файл обрывается внутри списка (не хватает ']').
check-json-ends-object = файл обрывается внутри объекта (не хватает '{"}"}').
check-json-value = ожидается значение (текст в кавычках, число, true, false, null, [ или {"{"}).
check-json-trailing-comma = после запятой ожидается значение: список или объект не может заканчиваться запятой.
check-json-list-comma = в списке ожидается ',' или ']'.
check-json-object-comma = в объекте ожидается ',' или '{"}"}'.
check-json-colon = после имени поля ожидается ':'.
check-json-key = ожидается имя поля в кавычках.
check-json-trailing = лишний текст после конца JSON-документа.
check-json-number-large = слишком большое число.
check-json-number = число записано с ошибкой.
check-json-escape = после '\' стоит недопустимый символ (саму обратную косую черту внутри кавычек пишут как \\).
check-json-utf8 = текст не соответствует кодировке UTF-8.
check-json-control = внутри кавычек управляющие символы нужно экранировать: например, перенос строки записывается как \n.
check-json-surrogate = за \u с кодом старшего суррогата должен идти \u с кодом младшего.
check-json-hex = после \u нужны четыре шестнадцатеричные цифры.
check-json-deep = списки и объекты вложены друг в друга слишком глубоко (допустимая глубина вложенности — { $depth }).
check-json-twice = поле «{ $field }» встречается в одном объекте дважды.
# Любая другая ошибка чтения JSON, своими словами программы (по-английски).
check-json-other = { $message }.
# $expected и $found — виды значений JSON.
check-wrong-type = { $expected ->
    [object] нужен объект ({"{"} … {"}"})
    [list] нужен список ([ … ])
    [boolean] нужно значение true или false
   *[text] нужен текст в кавычках
}, а здесь { $found ->
    [null] null
    [boolean] значение true или false
    [number] число
    [list] список
    [object] объект
   *[text] текст в кавычках
}.
check-missing = это поле отсутствует.
check-empty = поле не должно быть пустым.
check-id = «{ $id }» — недопустимый id: он должен состоять из 1–64 символов (строчные латинские буквы, цифры, '-' или '_') и начинаться с буквы или цифры.
# $words — собственные слова формата для этого поля («person, people, organisation»).
check-word = «{ $value }» — неизвестный тип { $field ->
    [actor-kind] участника
    [claim-kind] утверждения
   *[relation-kind] связи
}; допустимые значения: { $words }.
check-date = «{ $date }» — некорректная дата (используйте YYYY-MM-DD, YYYY-MM или YYYY).
check-link = «{ $link }» — не полная ссылка: она должна начинаться с http:// или https://.
# $path — где первая запись с этим id: actors[2].
check-id-taken = «{ $id }» уже используется как id записи { $path }.
# $list — название списка в файле: actors, sources, claims, paragraphs.
check-id-unknown = в списке { $list } нет записи с id «{ $id }».
check-too-many = число записей в списке не может превышать { $most }, а здесь их { $count }.
check-id-listed-twice = «{ $id }» встречается в этом списке дважды.
check-unsourced-reserved = id «unsourced» зарезервирован для утверждений без источника; выберите другой id.
check-relation-two = связь соединяет ровно два утверждения, а не { $count }.
check-relation-same = связь должна соединять два разных утверждения.
# $path — связь, указанная раньше: relations[3].
check-related-already = эти два утверждения уже связаны записью { $path }.
check-quote-absent = текста «{ $quote }» нет в абзаце { $paragraph }.
check-quote-context = «{ $quote }» есть в абзаце { $paragraph }, но текст перед цитатой или после нее не совпадает с prefix или suffix.
check-quote-many = в абзаце { $paragraph } «{ $quote }» встречается { $count ->
    [one] { $count } раз
    [few] { $count } раза
   *[many] { $count } раз
}; чтобы указать нужное место, добавьте prefix или suffix (текст перед цитатой или после нее).
# Когда страница ссылается на файл (data=), который не удается скачать; $address — адрес файла.
# Перед этими сообщениями стоит «data:», поэтому они начинаются со строчной буквы.
check-fetch-address = «{ $address }» — некорректный адрес.
check-fetch-not-http = «{ $address }» — не адрес http:// или https://.
check-fetch-network = не удалось скачать файл статьи по адресу { $address }: запрос не прошел (нет подключения к интернету или сервер не разрешает такой запрос).
# $status — ответ сервера: «404 Not Found».
check-fetch-status = не удалось скачать файл статьи по адресу { $address }: сервер ответил кодом { $status }.
check-fetch-large = не удалось скачать файл статьи по адресу { $address }: он больше { $megabytes } МБ — это максимальный размер файла статьи.
check-fetch-body = не удалось скачать файл статьи по адресу { $address }: браузер не смог прочитать ответ сервера.

## Редактор: верхняя панель. Редактор (?edit) — инструмент редакции для создания файла статьи;
## его сообщения (идентификаторы начинаются с editor-) входят только в сборку редактора.
##
## Глоссарий редактора (в дополнение к глоссарию выше):
##   editor — редактор; explorer — виджет
##   draft — черновик; drafted — черновик (пометка), составить черновик
##   check / mark as checked — проверить / отметить как проверенное; Check (вкладка) — «Проверка»
##   annotate — разметить; alias — другое имя
##   preview — предпросмотр; publish — публикация; undo / redo — отменить / повторить

# Заголовок панели: название Claimscope (одинаковое на всех языках), затем это слово акцентным цветом.
editor-bar-name = редактор
editor-page-title = Редактор Claimscope
# Заголовок вкладки браузера, когда открыта статья ($title — ее заголовок).
editor-page-title-article = { $title } · Редактор Claimscope
editor-open-file = Открыть файл…
editor-another-article = Другая статья…
editor-another-article-title = Вставить или открыть другую статью; эта останется сохраненной
editor-undo = Отменить
editor-undo-title = Отменить (Ctrl+Z)
editor-redo = Повторить
editor-redo-title = Повторить (Ctrl+Shift+Z)
# Кнопка, которая сразу скачивает файл статьи.
editor-download = Скачать

## Редактор: сохранение в этом браузере (строка состояния и уведомление о сохранении в другой вкладке)

editor-saved = Сохранено в этом браузере
editor-not-saved-other-tab = Не сохранено: изменено в другой вкладке
editor-not-saved-refused = Не сохранено: браузер не разрешает сохранение — скачайте файл
editor-other-tab = Эту статью изменили в другой вкладке или окне после того, как она была сохранена здесь. Какую версию оставить? Пока вы не выберете, редактирование здесь приостановлено, чтобы не появилось изменений, которые нельзя сохранить.
# Два ответа: оставить версию из другой вкладки или из этой.
editor-other-tab-theirs = Из другой вкладки
editor-other-tab-ours = Из этой вкладки

## Редактор: начальный экран

editor-start-title = Создайте файл Claimscope для своей статьи
editor-start-intro = Вставьте статью так, как копируете ее со страницы, — заголовок, подпись, текст и список источников, — и Claimscope составит черновик: утверждения, кто их делает и со ссылкой на кого. Затем проверьте и исправьте черновик, выделяя слова в тексте. Данные не покидают этот компьютер; работа сохраняется в этом браузере по ходу дела.
editor-start-paste = Текст статьи
# Виден в пустом поле, пока в него ничего не вставлено: как выглядит статья.
editor-start-paste-placeholder =
    Заголовок

    Автор: …

    Первый абзац…
editor-start-draft = Составить черновик по этому тексту
editor-start-drafting = Создаём черновик…
# «Открыть файл» — кнопка верхней панели editor-open-file.
editor-start-hint = Или откройте текст (.txt) либо файл статьи (.json) кнопкой «Открыть файл» или перетащите его на эту страницу.
# Заголовок списка статей, работа над которыми сохранена в этом браузере.
editor-start-saved = Сохранено в этом браузере
# Сохраненная статья, чтобы открыть ее снова ($title — ее заголовок или id).
editor-start-go-on = Продолжить: «{ $title }»

## Редактор: открытие другой статьи. $origin — pasted для текста, вставленного на начальном
## экране, иначе file, и тогда $name — имя файла.

editor-refused-title = Claimscope не может открыть { $origin ->
    [pasted] вставленный текст
   *[file] { $name }
} как статью
# Перед списком ошибок; $open — yes, если была открыта статья.
editor-refused-found = { $open ->
    [yes] Открытая статья не изменилась. Найденные ошибки:
   *[no] Найденные ошибки:
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable).
editor-unavailable-title = Черновик пока не составлен
editor-close = Закрыть
editor-file-too-large = Файл больше { $megabytes } МБ — это максимальный размер файла статьи.
editor-file-unreadable = Браузеру не удалось прочитать файл.
editor-replace-title = Открыть другую статью?
editor-replace-saved = В этом браузере уже сохранена работа над этой же статьей. Если открыть { $origin ->
    [pasted] вставленный текст
   *[file] { $name }
}, она будет заменена открываемой версией; чтобы не потерять работу, сначала скачайте файл.
# $title — заголовок статьи, открытой сейчас.
editor-replace-open = Если открыть { $origin ->
    [pasted] вставленный текст
   *[file] { $name }
}, статья «{ $title }» закроется. Работа над ней останется сохраненной в этом браузере, и к ней можно будет вернуться позже.
editor-replace-yes = Открыть
editor-cancel = Отмена

## Редактор: текст, панель выделения и предпросмотр

# Подпись к паре кнопок, которые показывают текст статьи или предпросмотр.
editor-show = Показать
editor-text = Текст
editor-preview = Предпросмотр
editor-preview-blocked = Виджет не сможет показать файл, пока не исправлены ошибки на вкладке «Проверка».
editor-text-label = Текст статьи: выделите слова, чтобы отметить утверждение, участника или источник
editor-select-hint = Выделите слова в тексте (мышью или клавишами Shift и стрелками), чтобы разметить их.
# $words — слова, выделенные в тексте, в сокращенном виде.
editor-selected = Выделено: «{ $words }»
editor-annotate = Разметить выделенные слова
editor-new-claim = Утверждение
editor-new-actor = Участник
# Делает выделенные слова источником, на который ссылается утверждение вокруг них.
editor-cite = Источник
# Рядом со списком участников: выделенные слова — другое имя выбранного участника.
editor-alias-of = Другое имя участника

## Редактор: инспектор, его вкладки и списки (Утверждения, Участники, Источники и Статья —
## сообщения view-… виджета)

editor-annotations = Разметка
editor-panels = Вкладки
editor-panel-check = Проверка
editor-panel-events = События
# Вкладка, где скачивают файл и получают код для вставки.
editor-panel-download = Скачать
# Возврат из формы записи к списку.
editor-back = ← Все
# Пометка записи, которую предложил черновик и которую еще никто не проверил.
editor-drafted-badge = черновик
# Рядом с каждым источником в списке: есть ли он в списке источников статьи.
editor-listed = в списке источников
editor-unlisted = нет в списке источников
editor-add-actor = Добавить участника вручную
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = Удалить «{ $name }»
# Отмечает разом всех участников, которых предложил черновик, когда их имена в списке уже верны.
editor-check-all-actors = Отметить всех участников как проверенных
# Имя участника, добавленного вручную, пока ему не дали другое.
editor-new-actor-name = Новый участник
editor-add-event = Добавить событие
# Событие в списке, пока у него нет подписи.
editor-event-untitled = Событие без подписи

## Редактор: вкладка «Проверка» ($problem — одно из сообщений проверки, check-…)

editor-checking = Проверка файла…
editor-check-problems = Ошибки
editor-check-valid = Файл в порядке: виджет его покажет.
editor-check-invalid = Виджет не сможет показать файл, пока не исправлено следующее:
# Ошибка после места в файле, к которому она относится ($path: claims[2].summary).
editor-check-problem = { $path }: { $problem }
editor-check-warnings = Заполнить до публикации
editor-check-findings = Замечания, которые увидят читатели

## Редактор: общее для всех форм

editor-drafted = Черновик, еще не проверено
editor-mark-checked = Отметить как проверенное
editor-field-name = Имя
editor-kind = Тип
editor-note = Примечание для читателей (необязательно)
editor-remove = Удалить
# Значение из файла, которого нет в списке ($value — как оно записано в файле).
editor-unknown = { $value } (неизвестно)

## Редактор: форма утверждения ($id — id утверждения в файле)

editor-claim = Утверждение
editor-claim-heading = Утверждение { $id }
editor-quote = Цитата
editor-requote = Заменить цитату выделенными словами
editor-summary = Краткое содержание: утверждение одним простым предложением
editor-claimant = Кто утверждает
editor-claim-sources = Со ссылкой на (источники)
editor-claim-remove = Удалить утверждение
editor-related = Связанные утверждения
editor-unlink = Убрать связь
editor-another-claim = Другое утверждение
editor-contradicts = Противоречит выбранному
editor-supports = Подтверждает выбранное

## Редактор: форма участника ($id — id участника в файле)

# Подпись формы участника и списка участников рядом с кнопкой «Другое имя участника».
editor-actor = Участник
editor-actor-heading = Участник { $id }
editor-actor-summary = Кто это, одним предложением
editor-aliases = Другие имена в тексте (аббревиатуры, краткие формы)
# Другие имена участника: Другое имя 1, Другое имя 2…
editor-alias = Другое имя { $number }
editor-add-alias = Добавить другое имя
editor-actor-remove = Удалить участника

## Редактор: форма источника ($id — id источника в файле)

editor-source = Источник
editor-source-heading = Источник { $id }
editor-outlet = Издание или организация
editor-source-author = Автор (необязательно)
editor-source-title = Заголовок (необязательно)
# В файле даты записываются как год-месяц-день, год-месяц или год: примеры не меняются.
editor-source-date = Дата: 2024-03-05, 2024-03 или 2024 (необязательно)
editor-source-url = Ссылка (необязательно)
editor-source-listed = Есть в списке источников статьи
editor-source-remove = Удалить источник

## Редактор: форма события ($id — id события в файле)

editor-event = Событие
editor-event-heading = Событие { $id }
editor-event-date = Дата: 2024-03-05, 2024-03 или 2024
editor-event-label = Подпись в хронологии
# Перед утверждениями, которые сообщают о событии, у каждого флажок.
editor-event-claims = Кто сообщает
editor-event-remove = Удалить событие

## Редактор: форма статьи

editor-article-heading = Статья
editor-article-title = Заголовок
editor-article-id = Id (имя файла, используется в адресах)
editor-article-category = Рубрика или категория (необязательно)
editor-article-publisher = Издание (необязательно)
# Языковой тег BCP 47 в том виде, в каком он записан в файле.
editor-article-language = Язык (ru, en, pt-BR)
editor-article-published = Дата публикации: 2024-03-05 (необязательно)
editor-article-url = Где опубликована (ссылка, необязательно)
editor-credits = Подпись
# Роли, которые виджет называет своими словами: author, writer, editor, supervisor и translator;
# в файле они записываются по-английски.
editor-credit-role = Роль (author, editor…)
editor-add-credit = Добавить в подпись

## Редактор: вкладка «Скачать» и код для встраивания виджета

editor-publish-title = Скачать файл
editor-publish-invalid = Виджет пока не сможет показать этот файл: см. вкладку «Проверка». Скачать его все равно можно, а продолжить работу — позже.
# $file — имя файла: harbour-closure.json
editor-publish-download = Скачать { $file }
editor-embed-title = Встроить на свою страницу
editor-embed-hosted = Адрес, по которому будет лежать файл
editor-embed-explorer = Адрес виджета Claimscope
editor-embed-code = Вставьте этот код туда, где должен появиться виджет
editor-embed-cors = Сервер, на котором лежит файл, должен разрешать чтение с адреса виджета (CORS), если они не на одном сайте.

## Редактор: удаление участника или источника, который используется в утверждениях. Предложения
## вопроса идут друг за другом в этом порядке, второе и третье — только если такие утверждения
## есть; $name — имя участника или название источника, $claims — список заголовков утверждений.

editor-remove-title = Удалить «{ $name }»?
editor-remove-used = «{ $name }» еще используется.
editor-remove-by = Его утверждения или утверждения со ссылкой на него: { $claims }.
editor-remove-about = Утверждения о нем: { $claims }.
editor-remove-effect = Удаление уберет его из этих утверждений (его собственные утверждения перейдут к автору статьи и будут помечены для повторной проверки). Это действие можно отменить.
# Одно утверждение в списках выше, по заголовку.
editor-remove-headline = «{ $headline }»

## Редактор: язык вставленного текста

# Список перед кнопкой «Составить черновик»: язык текста, определенный автоматически (его название
# на нем самом: «Deutsch»), или выбранный вручную; подсказка editor-language-neutral видна, когда
# для языка нет словарей.
editor-language = Язык текста
editor-language-detected = Определен автоматически: { $language }
editor-language-other = Другой язык
editor-language-neutral = Для этого языка в Claimscope нет словарей: в черновик попадут только цитаты и имена, а кто что говорит, укажете вы сами.
# Когда словари языка не удалось скачать: черновик не составлен; $language — название языка.
editor-language-unavailable = Не удалось загрузить словари для языка { $language } (проверьте подключение к интернету). Попробуйте еще раз или выберите «Другой язык» — тогда в черновик попадут только цитаты и имена.
editor-drafter-unavailable = Не удалось загрузить модуль черновиков (проверьте подключение к интернету). Попробуйте еще раз.
editor-drafter-stopped = Модуль черновиков остановился на этом тексте, черновик не создан. Попробуйте еще раз или выберите «Другой язык» — тогда в черновик попадут только цитаты и имена.

## Редактор: предупреждения проверки, каждое после пути к полю, которое нужно заполнить («claims[3].summary:»),
## на вкладке «Проверка» (и, по-английски, в выводе `claimscope check`)

# $why — одно из сообщений ниже: почему пустое поле важно.
editor-check-empty = пусто: { $why }
editor-check-no-headline = у статьи нет заголовка.
editor-check-no-language = укажите язык текста («ru»), чтобы экранные чтецы правильно его произносили.
editor-check-credit-name = в подписи есть запись без имени.
editor-check-credit-role = укажите роль этого человека (author, editor…).
editor-check-empty-paragraph = абзац пуст.
editor-check-empty-alias = другое имя пустое и никого не называет.
editor-check-actor-summary = читатели не видят описания этого участника.
# $name — как записано в файле, $spelt — как в тексте (другой апостроф или другие кавычки).
editor-check-spelt = в тексте написано не «{ $name }», а «{ $spelt }»: по одному написанию читатели не найдут другое.
editor-check-unused-actor = у участника «{ $name }» нет ни своих утверждений, ни утверждений о нем; читатели найдут его только в разделе «Участники».
editor-check-unused-source = ни одно утверждение не ссылается на источник «{ $source }», и в списке источников его нет.
editor-check-claim-summary = читатели видят цитату вместо краткого содержания.
# «О ком» — фильтр по тем, о ком утверждения (facet-about).
editor-check-no-subject = в утверждении не указано, о ком оно, поэтому фильтр «О ком» его не находит.
editor-check-event-label = у события нет подписи в хронологии.
editor-check-event-claims = ни одно утверждение не сообщает об этом событии, поэтому его не покажет ни один фильтр.
