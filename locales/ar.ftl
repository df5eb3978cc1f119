# Reviewed by a Arabic-reading sub-editor (helper), 2026-12-05.
# واجهة Claimscope بالعربية، مترجمة عن locales/en.ftl (docs/translating.md).
# معرّف الرسالة لا يتغير، ونصها يتغير. المتغيرات ({ $name }) والاختيارات عليها بحسب فئات الجمع في
# CLDR للعربية (zero, one, two, few, many, other) تبقى كما هي؛ والنص نص عادي، لا HTML.
#
# مسرد المصطلحات الأساسية:
#   claim = ادعاء (ج. ادعاءات)            claimant = صاحب الادعاء
#   actor = طرف (ج. أطراف)                source = مصدر (ج. مصادر)
#   reference list = قائمة المراجع        finding = ملاحظة (ج. ملاحظات)
#   integrity = التدقيق (اسم القسم)       timeline = الخط الزمني
#   network = الشبكة                      filter = التصفية (عوامل التصفية)
#   embed = تضمين                         export = تصدير (والزر: تنزيل)
#   view (tab) = قسم؛ the current view (share) = العرض الحالي
#   subject (of a claim) = موضوع الادعاء  contradicted = محل تناقض
# الأعداد بالأرقام اللاتينية؛ مع 11-99 ومع 100 فأكثر يأتي المعدود مفردا ("15 ادعاء"، "15 طرفا").

# The language's name in itself (English: English).
language-name = العربية

## التواريخ: اليوم والشهر (1-12) والسنة أعداد؛ أسماء الشهور بالصيغة المزدوجة المعتادة في الصحافة العربية.

date-day = { $day } { $month ->
    [1] يناير/كانون الثاني
    [2] فبراير/شباط
    [3] مارس/آذار
    [4] أبريل/نيسان
    [5] مايو/أيار
    [6] يونيو/حزيران
    [7] يوليو/تموز
    [8] أغسطس/آب
    [9] سبتمبر/أيلول
    [10] أكتوبر/تشرين الأول
    [11] نوفمبر/تشرين الثاني
   *[12] ديسمبر/كانون الأول
} { $year }
date-month = { $month ->
    [1] يناير/كانون الثاني
    [2] فبراير/شباط
    [3] مارس/آذار
    [4] أبريل/نيسان
    [5] مايو/أيار
    [6] يونيو/حزيران
    [7] يوليو/تموز
    [8] أغسطس/آب
    [9] سبتمبر/أيلول
    [10] أكتوبر/تشرين الأول
    [11] نوفمبر/تشرين الثاني
   *[12] ديسمبر/كانون الأول
} { $year }
date-year = { $year }

## مربع البحث وعدد الادعاءات المطابقة

search-label = البحث في الادعاءات
search-placeholder = ابحث عن ادعاءات وأشخاص ومصادر
result-count-all = { $total ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $total } ادعاءات
    [many] { $total } ادعاء
   *[other] { $total } ادعاء
}
result-count-filtered = { $total ->
    [zero] { $matching } من أصل 0
    [one] { $matching } من أصل ادعاء واحد
    [two] { $matching } من أصل ادعاءين
    [few] { $matching } من أصل { $total } ادعاءات
    [many] { $matching } من أصل { $total } ادعاء
   *[other] { $matching } من أصل { $total } ادعاء
}
clear-all-filters = مسح كل عوامل التصفية

## ملاحظات التدقيق ($source و$actor و$first و$second و$name أسماء من المقال)

finding-unlisted-title = { $source }: مصدر مذكور في النص وغائب عن قائمة المراجع
finding-unlisted-detail = ينسب النص { $count ->
    [zero] { $count } ادعاء
    [one] ادعاء واحدا
    [two] ادعاءين
    [few] { $count } ادعاءات
    [many] { $count } ادعاء
   *[other] { $count } ادعاء
} إلى { $source }، لكن المصدر غير مدرج في قائمة المراجع، فلا يستطيع القارئ الرجوع إليه.
finding-uncited-title = { $source }: مصدر مدرج في قائمة المراجع ولا يستشهد به النص
finding-uncited-detail = تتضمنه قائمة المراجع، لكن النص لا ينسب إليه أي ادعاء.
finding-contradiction-title = تناقض بين { $first } و{ $second }
# صوت المقال نفسه، كما تسميه الملاحظة.
finding-author = كاتب المقال ({ $name })
# عنوانا ادعاءين، حين لا يعلّق المقال على التناقض بينهما.
finding-contradiction-detail = «{ $first }» في مقابل «{ $second }».
finding-unsourced-title = { $count ->
    [zero] لا ادعاءات بلا مصدر
    [one] ادعاء واحد بلا مصدر
    [two] ادعاءان بلا مصدر
    [few] { $count } ادعاءات بلا مصدر
    [many] { $count } ادعاء بلا مصدر
   *[other] { $count } ادعاء بلا مصدر
}
finding-unsourced-detail = لا ينسب النص هذه الادعاءات إلى أي مصدر: فهي تستند إلى كلام أصحابها وحدهم.
finding-names-title = { $actor }: أكثر من اسم كامل في النص
# أحد الأسماء، مع الفقرات التي يرد فيها ($paragraphs: "2, 5").
finding-names-name = «{ $name }» ({ $count ->
    [zero] الفقرات
    [one] الفقرة
    [two] الفقرتان
    [few] الفقرات
    [many] الفقرات
   *[other] الفقرات
} { $paragraphs })
# يصل بين الأسماء: "أ وب"، ثم "أ وب وج".
finding-names-detail = يسمّي النص الطرف نفسه { $names }، وقد يظنها القراء أطرافا مختلفة.

## أنواع الأطراف والادعاءات والعلاقات

actor-kind-person = شخص
actor-kind-people = مجموعة أشخاص
actor-kind-organisation = منظمة
actor-kind-armed-group = جماعة مسلحة
actor-kind-state = دولة
actor-kind-government = حكومة
actor-kind-military = جيش
actor-kind-intelligence-agency = جهاز استخبارات
actor-kind-media = وسيلة إعلام
actor-kind-author = كاتب المقال
claim-kind-report = رواية
claim-kind-assessment = تقدير
claim-kind-statement = تصريح
claim-kind-denial = نفي
relation-kind-contradicts = يناقض
relation-kind-supports = يدعم

## تبويبات الأقسام

view-article = المقال
view-claims = الادعاءات
view-actors = الأطراف
view-sources = المصادر
view-timeline = الخط الزمني
view-network = الشبكة
view-integrity = التدقيق
views = الأقسام
findings-badge = { $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
}
filters-toggle = { $count ->
    [zero] التصفية
    [one] التصفية ({ $count })
    [two] التصفية ({ $count })
    [few] التصفية ({ $count })
    [many] التصفية ({ $count })
   *[other] التصفية ({ $count })
}
filters = التصفية

## رأس الصفحة ($role دور صاحب الاسم بأحرف صغيرة، و$label كما يكتبه الملف)

credit-lead = { $role ->
    [author] بقلم
    [writer] بقلم
    [editor] تحرير:
    [supervisor] إشراف:
    [translator] ترجمة:
   *[other] { $label }:
}
open-full-explorer = افتح الأداة كاملة
new-tab = (في علامة تبويب جديدة)

## التصفية

filter-claims = تصفية الادعاءات
facet-by = صاحب الادعاء
facet-about = موضوع الادعاء
facet-source = المصدر
facet-kind = نوع الادعاء
facet-hint = يكفي أن يطابق الادعاء أحد الخيارات المحددة داخل المجموعة الواحدة، أما بين المجموعات فعليه أن يطابقها كلها.
facet-no-source = بلا مصدر
facet-author = { $name } (كاتب المقال)
facet-count = { $count ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $count } ادعاءات
    [many] { $count } ادعاء
   *[other] { $count } ادعاء
}
facet-clear = مسح خيارات { $facet }
facet-clear-button = مسح
facet-show-fewer = عرض أقل
facet-show-all = عرض الكل ({ $count })

## البطاقات

actor-claims-none = { $side ->
    [made] لا ادعاءات من هذا الطرف
   *[about] لا ادعاءات بشأن هذا الطرف
}
actor-claims = { $side ->
    [made] { $count ->
        [zero] لا ادعاءات من هذا الطرف
        [one] صاحب ادعاء واحد
        [two] صاحب ادعاءين
        [few] صاحب { $count } ادعاءات
        [many] صاحب { $count } ادعاء
       *[other] صاحب { $count } ادعاء
    }
   *[about] { $count ->
        [zero] لا ادعاءات بشأن هذا الطرف
        [one] موضوع ادعاء واحد
        [two] موضوع ادعاءين
        [few] موضوع { $count } ادعاءات
        [many] موضوع { $count } ادعاء
       *[other] موضوع { $count } ادعاء
    }
}
actor-mentions = { $count ->
    [zero] لا يرد الاسم في النص
    [one] يرد الاسم مرة واحدة في النص
    [two] يرد الاسم مرتين في النص
    [few] يرد الاسم { $count } مرات في النص
    [many] يرد الاسم { $count } مرة في النص
   *[other] يرد الاسم { $count } مرة في النص
}
actor-in-byline = يرد الاسم في توقيع المقال
actor-aliases = أسماء أخرى:
claim-contradicted-by = يناقضه
claim-supported-by = يدعمه
claim-in-context = اعرضه في المقال (الفقرة { $paragraph })
claim-author = كاتب المقال
claim-about = يتناول
claim-sources = المصادر
claim-unsourced = بلا مصدر
claim-note = ملاحظة التحرير:
claim-original = اقرأه في المقال الأصلي
# تلميح الادعاء في المقال: صاحبه، ونوعه، ومصادره.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · محل تناقض
claim-tip-no-source = بلا مصدر

## قسم المقال

article-title = نص المقال مع إبراز الادعاءات
legend-highlighted = المظلَّل
legend-highlighted-text = من النص ادعاء: اختره لمعرفة صاحبه ومصادره.
legend-dashed = المتقطع
legend-dashed-text = منها ادعاءات بلا مصدر؛
legend-contested-text = يشير إلى ادعاء يناقضه ادعاء آخر؛
legend-dotted = المنقَّط
legend-dotted-text = من الأسماء أطراف.
note = ملاحظة:
skip-to-view = انتقل إلى القسم

## المصادر والمراجع

references = المراجع
references-unlisted = مصادر مذكورة في النص وغائبة عن هذه القائمة:
reference-cited = { $count ->
    [zero] لا يُستشهد به في النص
    [one] يُستشهد به في ادعاء واحد
    [two] يُستشهد به في ادعاءين
    [few] يُستشهد به في { $count } ادعاءات
    [many] يُستشهد به في { $count } ادعاء
   *[other] يُستشهد به في { $count } ادعاء
}
source-citing = { $count ->
    [zero] لا يستشهد به أي ادعاء
    [one] يستشهد به ادعاء واحد
    [two] يستشهد به ادعاءان
    [few] يستشهد به { $count } ادعاءات
    [many] يستشهد به { $count } ادعاء
   *[other] يستشهد به { $count } ادعاء
}
source-undated = بلا تاريخ
source-by = بقلم { $author }
source-listed = مدرج في قائمة المراجع
source-unlisted = غائب عن قائمة المراجع
source-unlisted-text = : يستشهد به النص، لكن القارئ لا يستطيع الرجوع إليه.

## الخط الزمني

no-claim-matches = لا يوجد ادعاء يطابق عوامل التصفية هذه.
timeline-none = لا يذكر هذا المقال أحداثا مؤرخة.
timeline-none-matching = لا يروي أي من الادعاءات المطابقة حدثا مؤرخا.
timeline-one = حدث مؤرخ واحد ({ $date })، فلا يوجد خط زمني لرسمه.
timeline-span = { $count ->
    [zero] لا أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثا
   *[other] { $count } حدث
}، من { $first } إلى { $last }. تنقّل بينها بمفاتيح الأسهم.
timeline-events = الأحداث مرتبة زمنيا

## قسم التدقيق

integrity-title = ما ينبغي أن يعرفه القارئ المدقق
integrity-intro = ملاحظات مستخلصة من بيانات المقال: ثغرات في المصادر، وأسماء قد تثير الالتباس، وادعاءات يناقض بعضها بعضا.
integrity-concerning = { $count ->
    [zero] لا تتعلق أي ملاحظة بالادعاءات المطابقة.
    [one] ملاحظة واحدة من أصل { $total } تتعلق بالادعاءات المطابقة.
    [two] ملاحظتان من أصل { $total } تتعلقان بالادعاءات المطابقة.
    [few] { $count } ملاحظات من أصل { $total } تتعلق بالادعاءات المطابقة.
    [many] { $count } ملاحظة من أصل { $total } تتعلق بالادعاءات المطابقة.
   *[other] { $count } ملاحظة من أصل { $total } تتعلق بالادعاءات المطابقة.
}
integrity-claims-citing = الادعاءات المستندة إلى { $source }
integrity-claims-unsourced = ادعاءات بلا مصدر
integrity-paragraph = الفقرة { $paragraph }
integrity-in-text = في النص:

## الشبكة

network-no-matches = لا يوجد ادعاء يطابق عوامل التصفية هذه، فلا توجد روابط لرسمها.
network-no-links = لا يتناول أي من الادعاءات المطابقة طرفا مسمّى، فلا توجد روابط لرسمها.
network-intro = { $claims ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $claims } ادعاءات
    [many] { $claims } ادعاء
   *[other] { $claims } ادعاء
} من { $claimants ->
    [zero] { $claimants } أطراف
    [one] طرف واحد
    [two] طرفين
    [few] { $claimants } أطراف
    [many] { $claimants } طرفا
   *[other] { $claimants } طرف
} بشأن { $subjects ->
    [zero] { $subjects } أطراف
    [one] طرف واحد
    [two] طرفين
    [few] { $subjects } أطراف
    [many] { $subjects } طرفا
   *[other] { $subjects } طرف
}: مَن يدّعي ماذا بشأن مَن. اختر اسما لعرض روابطه وحدها.
# اسم في الرسم، لقارئات الشاشة: "رئيس البلدية، صاحب 3 ادعاءات".
network-node = { $side ->
    [claimant] { $count ->
        [zero] { $name }، بلا ادعاءات
        [one] { $name }، صاحب ادعاء واحد
        [two] { $name }، صاحب ادعاءين
        [few] { $name }، صاحب { $count } ادعاءات
        [many] { $name }، صاحب { $count } ادعاء
       *[other] { $name }، صاحب { $count } ادعاء
    }
   *[subject] { $count ->
        [zero] { $name }، ليس موضوع أي ادعاء
        [one] { $name }، موضوع ادعاء واحد
        [two] { $name }، موضوع ادعاءين
        [few] { $name }، موضوع { $count } ادعاءات
        [many] { $name }، موضوع { $count } ادعاء
       *[other] { $name }، موضوع { $count } ادعاء
    }
}
network-who-claims = مَن يدّعي
network-about-whom = بشأن مَن
network-who-claims-what = مَن يدّعي ماذا بشأن مَن
network-legend = مفتاح الرموز
network-contradicted = محل تناقض
network-wider = خط أعرض: ادعاءات أكثر
network-table = الروابط في جدول
network-claims = الادعاءات
network-kinds = الأنواع
network-link = { $from } بشأن { $subject }
network-link-count = { $count ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $count } ادعاءات
    [many] { $count } ادعاء
   *[other] { $count } ادعاء
}
network-link-contradicted = { $count ->
    [zero] لا تناقض
    [one] واحد منها محل تناقض
    [two] اثنان منها محل تناقض
    [few] { $count } منها محل تناقض
    [many] { $count } منها محل تناقض
   *[other] { $count } منها محل تناقض
}
network-more = { $count ->
    [zero] ولا ادعاءات أخرى
    [one] وادعاء آخر
    [two] وادعاءان آخران
    [few] و{ $count } ادعاءات أخرى
    [many] و{ $count } ادعاء آخر
   *[other] و{ $count } ادعاء آخر
}
network-claims-by = { $count ->
    [zero] لا ادعاءات من { $name } في قسم الادعاءات
    [one] ادعاء واحد من { $name } في قسم الادعاءات
    [two] ادعاءان من { $name } في قسم الادعاءات
    [few] { $count } ادعاءات من { $name } في قسم الادعاءات
    [many] { $count } ادعاء من { $name } في قسم الادعاءات
   *[other] { $count } ادعاء من { $name } في قسم الادعاءات
}
network-claims-about = { $count ->
    [zero] لا ادعاءات بشأن { $name } في قسم الادعاءات
    [one] ادعاء واحد بشأن { $name } في قسم الادعاءات
    [two] ادعاءان بشأن { $name } في قسم الادعاءات
    [few] { $count } ادعاءات بشأن { $name } في قسم الادعاءات
    [many] { $count } ادعاء بشأن { $name } في قسم الادعاءات
   *[other] { $count } ادعاء بشأن { $name } في قسم الادعاءات
}
network-every-link = عرض كل الروابط

## قوائم البطاقات

claims-show-more = { $more ->
    [zero] عرض المزيد
    [one] عرض الادعاء الأخير
    [two] عرض الادعاءين الأخيرين
    [few] { $fits ->
        [yes] عرض آخر { $more } ادعاءات
       *[no] عرض المزيد: { $page } من أصل { $more }
    }
    [many] { $fits ->
        [yes] عرض آخر { $more } ادعاء
       *[no] عرض المزيد: { $page } من أصل { $more }
    }
   *[other] { $fits ->
        [yes] عرض آخر { $more } ادعاء
       *[no] عرض المزيد: { $page } من أصل { $more }
    }
}

## المشاركة والتصدير

share = مشاركة / تضمين
share-link = رابط العرض الحالي
share-embed = تضمين العرض الحالي في صفحة
# Chooses the explorer's language; the link and the embed code keep it.
share-language = اللغة
share-copy = نسخ
share-copied = تم النسخ.
share-copy-by-selecting = تم التحديد: اضغط Ctrl+C (أو ⌘C على ماك) للنسخ.
share-resize-hint = يضبط الإطار ارتفاعه تلقائيا وفق محتواه بواسطة النص البرمجي في السطر الثاني، أو عبر صفحة مضيفة تستخدم pym.js.
export-none = لا يوجد ادعاء يطابق عوامل التصفية: سيكون جدول البيانات والبيانات المترابطة فارغين. ملف المقال يضم كل الادعاءات.
export-all = { $count ->
    [zero] تنزيل الادعاءات
    [one] تنزيل الادعاء الوحيد
    [two] تنزيل الادعاءين كليهما
    [few] تنزيل الادعاءات الـ{ $count } كلها
    [many] تنزيل الادعاءات الـ{ $count } كلها
   *[other] تنزيل الادعاءات الـ{ $count } كلها
}
export-matching = { $count ->
    [zero] تنزيل الادعاءات المطابقة لعوامل التصفية
    [one] تنزيل الادعاء المطابق لعوامل التصفية
    [two] تنزيل الادعاءين المطابقين لعوامل التصفية
    [few] تنزيل الادعاءات الـ{ $count } المطابقة لعوامل التصفية
    [many] تنزيل الادعاءات الـ{ $count } المطابقة لعوامل التصفية
   *[other] تنزيل الادعاءات الـ{ $count } المطابقة لعوامل التصفية
}
export-json = ملف المقال كاملا (JSON)
export-csv = جدول بيانات (CSV)
export-jsonld = بيانات مترابطة (JSON-LD)
sources-unsourced = { $count ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $count } ادعاءات
    [many] { $count } ادعاء
   *[other] { $count } ادعاء
}
# بعد sources-unsourced ("ادعاء واحد"، "3 ادعاءات")؛ الفعل يطابق العدد.
sources-unsourced-text = { $count ->
    [zero] بلا أي مصدر.
    [one] لا يستشهد بأي مصدر على الإطلاق.
    [two] لا يستشهدان بأي مصدر على الإطلاق.
    [few] لا تستشهد بأي مصدر على الإطلاق.
    [many] لا تستشهد بأي مصدر على الإطلاق.
   *[other] لا تستشهد بأي مصدر على الإطلاق.
}
show-all = { $list ->
    [actors] عرض كل الأطراف، لا أطراف الادعاءات المطابقة فحسب
   *[sources] عرض كل المصادر، لا مصادر الادعاءات المطابقة فحسب
}

## تذييل الإطار المضمَّن ولوحة الخطأ

embed-source = المصدر:
embed-get-data = احصل على البيانات
error-title = تعذّر تحميل هذا المقال
# يليه اسم الأمر، ثم نقطتان وقائمة المشكلات (رسائل check-…).
error-text = في ملف بيانات المقال مشكلات، ويمكن لناشر المقال إصلاحها باستخدام الأمر
timeline-reported-by = بحسب { $names }
reference-by = بقلم { $author }.

## صف العناوين في جدول البيانات (CSV): خلية لكل عمود، كما يسردها docs/exports.md

csv-id = المعرّف
csv-paragraph = الفقرة
csv-quote = الاقتباس
csv-summary = الملخص
csv-claimant = صاحب الادعاء
csv-kind = النوع
csv-sources = المصادر
csv-subjects = الأطراف المعنية
csv-contradicted-by = الادعاءات المناقضة
csv-supported-by = الادعاءات الداعمة

## Lists

list-and = { $first } و{ $rest }
list-unit = { $first }، { $rest }

## أداة الفحص: لماذا يتعذّر عرض ملف مقال (المعرّفات check-…). يقرؤها الصحفي في المحرر، ويقرؤها
## القارئ حين تسمّي صفحة ملفا فيه مشكلات. أسماء الحقول والمعرّفات وJSON وكلمات الصيغة نفسها
## ("format" و"claimscope/1" وYYYY-MM-DD) تبقى كما هي؛ والقيمة بين « » مقتبسة من الملف. يسبق البرنامج
## كل رسالة بموضعها في الملف ثم ": " (claims[3].quote.exact: لا يرد النص «…» في الفقرة p4.).
#
# مسرد أداة الفحص، بكلمات يفهمها من لا يبرمج:
#   field = حقل؛ field name = اسم الحقل؛ object = مجموعة حقول؛ list (array) = قائمة
#   text in quotes (string) = نص بين علامتي تنصيص؛ value = قيمة؛ number = عدد
#   entry (of a list) = عنصر؛ id = معرّف؛ the document = الملف؛ article file = ملف المقال
# ما يُكتب كما هو ويبدأ أو ينتهي برمز محايد الاتجاه (الأقواس ] و[ و} و{، و\u، وhttp://،
# و.json، و"format": …) محاط بعلامتي العزل غير المرئيتين U+2066 وU+2069، وإلا عرضه النص العربي
# معكوسا أو مقلوب الترتيب (//:http بدل http:// مثلا). احتفظ بهما إن عدّلت هذه الرسائل.

# موضع المشكلة حين لا يكون الملف JSON صالحا أصلا.
check-at = السطر { $line }، العمود { $column }
check-too-large = حجم الملف { $bytes } بايت، والحد الأقصى لملف المقال { $megabytes } ميغابايت.
check-not-text = الملف ليس نصا (UTF-8): افتح ملف مقال (⁦.json⁩) أو نص مقال (⁦.txt⁩).
check-not-article = الملف ليس ملف مقال.
check-no-text = لا يوجد نص تُعدّ منه مسودة.
check-unreadable = تعذّرت قراءة الملف.
check-format-other = «{ $found }» ليس صيغة تقرؤها واجهة القراء هذه، فهي تقرأ «{ $format }».
check-format-missing = الحقل غير موجود أو قيمته ليست نصا: يبدأ ملف المقال بـ ⁦"format": "{ $format }"⁩.
check-json-unclosed = لم تُغلق علامة التنصيص التي فُتح بها النص.
check-json-ends-value = ينتهي الملف في موضع تُنتظر فيه قيمة.
check-json-ends-list = ينتهي الملف داخل قائمة (ينقصها ⁦']'⁩).
check-json-ends-object = ينتهي الملف داخل مجموعة حقول (ينقصها ⁦'{"}"}'⁩).
check-json-value = المتوقع هنا قيمة (نص بين علامتي تنصيص، أو عدد، أو true أو false أو null، أو ⁦[⁩ أو ⁦{"{"}⁩).
check-json-trailing-comma = المتوقع قيمة بعد الفاصلة: لا يجوز أن تنتهي قائمة أو مجموعة حقول بفاصلة ','.
check-json-list-comma = المتوقع ',' أو ⁦']'⁩ في القائمة.
check-json-object-comma = المتوقع ',' أو ⁦'{"}"}'⁩ في مجموعة الحقول.
check-json-colon = المتوقع ':' بعد اسم الحقل.
check-json-key = المتوقع اسم حقل بين علامتي تنصيص.
check-json-trailing = نص زائد بعد نهاية الملف.
check-json-number-large = العدد كبير جدا.
check-json-number = عدد مكتوب بصيغة غير صحيحة.
check-json-escape = رمز غير معروف بعد '\'.
check-json-utf8 = النص ليس بترميز UTF-8 صالح.
check-json-control = لا تُكتب أحرف التحكم (كفاصل السطر) كما هي بين علامتي التنصيص: اكتبها برموز تبدأ بـ '\'.
check-json-surrogate = رمز ⁦\u⁩ الذي يبدأ زوجا بديلا (surrogate) يجب أن يليه رمز ⁦\u⁩ يكمله.
check-json-hex = يجب أن تأتي بعد ⁦\u⁩ أربعة أرقام ست عشرية (0-9 وa-f أو A-F).
check-json-deep = تتداخل القوائم ومجموعات الحقول بعضها في بعض لأكثر من { $depth } مستوى.
check-json-twice = الحقل «{ $field }» مكرر في مجموعة الحقول نفسها.
# أي خطأ آخر من قارئ JSON، بكلماته هو (بالإنجليزية).
check-json-other = { $message }.
# $expected و$found نوعان من قيم JSON.
check-wrong-type = المتوقع هنا { $expected ->
    [object] مجموعة حقول
    [list] قائمة
    [boolean] true أو false
   *[text] نص بين علامتي تنصيص
}، لكن الموجود { $found ->
    [null] null
    [boolean] قيمة true أو false
    [number] عدد
    [list] قائمة
    [object] مجموعة حقول
   *[text] نص
}.
check-missing = هذا الحقل غير موجود.
check-empty = يجب ألا يكون فارغا.
check-id = «{ $id }» ليس معرّفا صالحا: يتكون المعرّف من 1 إلى 64 رمزا من الأحرف اللاتينية الصغيرة (a-z) والأرقام و'-' و'_'، ويبدأ بحرف أو رقم.
# $words كلمات الصيغة نفسها لهذا الحقل، بالإنجليزية ("person, people, organisation").
check-word = «{ $value }» ليس { $field ->
    [actor-kind] نوع طرف معروفا
    [claim-kind] نوع ادعاء معروفا
   *[relation-kind] نوع علاقة معروفا
}؛ استخدم إحدى هذه الكلمات: { $words }.
check-date = «{ $date }» ليس تاريخا صحيحا (استخدم YYYY-MM-DD أو YYYY-MM أو YYYY).
check-link = «{ $link }» ليس رابطا كاملا يبدأ بـ ⁦http://⁩ أو ⁦https://⁩.
# $path موضع أول عنصر يحمل هذا المعرّف: actors[2].
check-id-taken = «{ $id }» هو بالفعل معرّف { $path }.
# $list اسم قائمة في الملف: actors أو sources أو claims أو paragraphs.
check-id-unknown = «{ $id }» ليس معرّف أي عنصر في القائمة { $list }.
check-too-many = عدد العناصر { $count }، والحد الأقصى المسموح به { $most }.
check-id-listed-twice = «{ $id }» مدرج مرتين.
check-unsourced-reserved = «unsourced» محجوز للادعاءات بلا مصدر؛ اختر معرّفا آخر.
check-relation-two = تربط العلاقة بين ادعاءين اثنين بالضبط، وعدد الادعاءات المدرجة هنا { $count }.
check-relation-same = تربط العلاقة بين ادعاءين مختلفين، لا بين الادعاء ونفسه.
# $path العلاقة السابقة: relations[3].
check-related-already = هذان الادعاءان مرتبطان بالفعل بالعلاقة { $path }.
check-quote-absent = لا يرد النص «{ $quote }» في الفقرة { $paragraph }.
check-quote-context = يرد «{ $quote }» في الفقرة { $paragraph }، لكن ليس مع النص المحدد قبله وبعده (prefix وsuffix).
# $count اثنان فأكثر.
check-quote-many = يرد «{ $quote }» { $count ->
    [two] مرتين
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
    } في الفقرة { $paragraph }؛ أضف النص الذي يسبقه (prefix) أو الذي يليه (suffix) لتحديد الموضع المقصود.
# حين تسمّي صفحة ملفا (data=) يتعذّر تنزيله؛ $address عنوان الملف.
check-fetch-address = «{ $address }» ليس عنوانا صالحا.
check-fetch-not-http = «{ $address }» ليس عنوانا يبدأ بـ ⁦http://⁩ أو ⁦https://⁩.
check-fetch-network = تعذّر تنزيل ملف المقال من { $address }: فشل طلب الشبكة (الجهاز غير متصل بالإنترنت، أو الخادم لا يسمح بذلك).
# $status ردّ الخادم: "404 Not Found".
check-fetch-status = تعذّر تنزيل ملف المقال من { $address }: كان ردّ الخادم { $status }.
check-fetch-large = تعذّر تنزيل ملف المقال من { $address }: حجمه يتجاوز { $megabytes } ميغابايت، وهو الحد الأقصى لملف المقال.
check-fetch-body = تعذّر تنزيل ملف المقال من { $address }: لم تنجح قراءة محتواه.

## Editor: الشريط. المحرر (في ?edit) أداة غرفة الأخبار لإعداد ملف المقال؛ رسائله، ومعرّفاتها تبدأ
## بـ editor-، لا تدخل إلا في نسخة المحرر.
#
# مسرد المحرر، إضافة إلى المسرد أعلاه:
#   draft = مسودة (ما يقترحه المحرر آليا)؛ drafted = مسودة لم تُراجَع بعد
#   check (اللوحة والمدقق الآلي) = الفحص؛ mark as checked = تأكيد المراجعة (مراجعة بشرية)
#   annotate = وسم، annotations = الوسوم؛ panel = لوحة؛ select (words) = تحديد
#   alias = اسم آخر؛ "is another name of" = إضافة كاسم آخر
#   preview = معاينة؛ the explorer = واجهة القراء؛ publish = نشر
#   undo = تراجع؛ redo = إعادة؛ cancel = إلغاء؛ remove = حذف
#   outlet = الجهة الناشرة؛ publisher = الناشر؛ credits = فريق العمل؛ event = حدث
# التعليمات بصيغة الأمر للمفرد (الصق، حدّد) كما في واجهة القراء؛ والأزرار بالمصدر (فتح، تنزيل).

# عنوان الشريط: اسم Claimscope كما هو في كل اللغات، ثم هذه الكلمة بلون التمييز (الترتيب من الشيفرة).
editor-bar-name = المحرر
editor-page-title = محرر Claimscope
# عنوان علامة التبويب والمقال مفتوح ($title عنوانه).
editor-page-title-article = { $title } · محرر Claimscope
editor-open-file = فتح ملف…
editor-another-article = مقال آخر…
editor-another-article-title = الصق مقالا آخر أو افتحه؛ يبقى هذا المقال محفوظا
editor-undo = تراجع
editor-undo-title = تراجع (Ctrl+Z)
editor-redo = إعادة
editor-redo-title = إعادة (Ctrl+Shift+Z)
# الزر الذي ينزّل ملف المقال فورا.
editor-download = تنزيل

## Editor: الحفظ في هذا المتصفح (سطر الحالة في الشريط، والتنبيه حين تحفظ علامة تبويب أخرى)

editor-saved = محفوظ في هذا المتصفح
editor-not-saved-other-tab = لم يُحفظ: عُدّل في علامة تبويب أخرى
editor-not-saved-refused = لم يُحفظ: يرفض هذا المتصفح تخزينه — نزّل الملف
editor-other-tab = عُدّل هذا المقال في علامة تبويب أو نافذة أخرى منذ آخر حفظ له هنا. أي النسختين تريد الاحتفاظ بها؟ يتوقف التحرير هنا إلى أن تختار، حتى لا يُجرى تعديل يتعذر حفظه.
# الجوابان: الاحتفاظ بنسخة علامة التبويب الأخرى، أو بنسخة هذه.
editor-other-tab-theirs = نسخة علامة التبويب الأخرى
editor-other-tab-ours = نسخة علامة التبويب هذه

## Editor: شاشة البداية

editor-start-title = أنشئ ملف Claimscope لمقالك
editor-start-intro = الصق المقال كما تنسخه من صفحته، بعنوانه وفريق عمله ونصه ومراجعه، فيُعدّ Claimscope مسودة بالادعاءات وأصحابها والمصادر التي تستند إليها. ثم تراجع المسودة وتصححها بتحديد كلمات في النص. لا يغادر شيء هذا الحاسوب، ويُحفظ عملك في هذا المتصفح أولا بأول.
editor-start-paste = نص المقال
# يظهر في المربع الفارغ إلى أن يُلصق فيه شيء: هيئة المقال.
editor-start-paste-placeholder =
    العنوان

    بقلم …

    الفقرة الأولى…
editor-start-draft = إعداد مسودة من هذا النص
editor-start-drafting = جارٍ إعداد المسودة…
# «فتح ملف» هو زر الشريط editor-open-file.
editor-start-hint = أو افتح ملفا نصيا (.txt) أو ملف مقال (.json) بزر «فتح ملف…»، أو اسحبه وأفلته على هذه الصفحة.
# عنوان قائمة المقالات التي يحفظ هذا المتصفح العمل عليها.
editor-start-saved = مقالات محفوظة في هذا المتصفح
# مقال محفوظ يمكن فتحه من جديد ($title عنوانه، أو معرّفه).
editor-start-go-on = متابعة العمل على «{ $title }»

## Editor: فتح مقال آخر. قيمة $origin هي pasted للنص الملصق في شاشة البداية، وإلا file، واسم
## الملف في $name.

editor-refused-title = { $origin ->
    [pasted] النص الملصق ليس مقالا يستطيع Claimscope فتحه
   *[file] الملف { $name } ليس مقالا يستطيع Claimscope فتحه
}
# قبل قائمة المشكلات التي وجدها الفحص؛ $open قيمته yes إن كان مقال مفتوحا.
editor-refused-found = { $open ->
    [yes] لم يتغير المقال الذي كان مفتوحا. وجد الفحص ما يلي:
   *[no] وجد الفحص ما يلي:
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable).
editor-unavailable-title = لم تُعدّ أي مسودة بعد
editor-close = إغلاق
editor-file-too-large = حجم الملف يتجاوز { $megabytes } ميغابايت، وهو الحد الأقصى لملف المقال.
editor-file-unreadable = تعذّر على المتصفح قراءة الملف.
editor-replace-title = فتح مقال آخر؟
editor-replace-saved = في هذا المتصفح عمل محفوظ على المقال نفسه. إن فتحت { $origin ->
    [pasted] النص الملصق
   *[file] الملف { $name }
} حلّ محل هذا العمل كما هو؛ فنزّل عملك أولا إن أردت الاحتفاظ به.
# $title عنوان المقال المفتوح الآن.
editor-replace-open = سيؤدي فتح { $origin ->
    [pasted] النص الملصق
   *[file] الملف { $name }
} إلى إغلاق «{ $title }». يبقى عملك عليه محفوظا في هذا المتصفح، ويمكنك متابعته لاحقا.
editor-replace-yes = فتح
editor-cancel = إلغاء

## Editor: النص وشريط التحديد والمعاينة

# اسم زوج الزرين اللذين يعرضان نص المقال أو المعاينة.
editor-show = عرض
editor-text = النص
editor-preview = معاينة
editor-preview-blocked = لا يمكن لواجهة القراء عرض الملف قبل إصلاح المشكلات المدرجة في «الفحص».
editor-text-label = نص المقال: حدّد كلمات لإنشاء ادعاء أو طرف أو مصدر
editor-select-hint = حدّد كلمات في النص (بالسحب، أو بمفتاح Shift مع مفاتيح الأسهم) لوسمها.
# $words الكلمات المحددة في النص، مختصرة.
editor-selected = المحدَّد: «{ $words }»
editor-annotate = وسم الكلمات المحددة
editor-new-claim = ادعاء جديد
editor-new-actor = طرف جديد
# يجعل الكلمات المحددة مصدرا يستشهد به الادعاء الذي يحيط بها.
editor-cite = مصدر
# زر بعد قائمة الأطراف: الكلمات المحددة اسم آخر للطرف المختار في القائمة.
editor-alias-of = إضافة كاسم آخر

## Editor: لوحة الفحص الجانبية ولوحاتها وقوائمها (الادعاءات والأطراف والمصادر والمقال هي رسائل
## view-… في واجهة القراء)

editor-annotations = الوسوم
editor-panels = اللوحات
editor-panel-check = الفحص
editor-panel-events = الأحداث
# اللوحة التي تنزّل الملف وتعدّ شيفرة تضمينه.
editor-panel-download = تنزيل
# يعود من نموذج العنصر إلى قائمته. السهم يشير إلى اليمين: الرجوع في العربية.
editor-back = → الكل
# يميّز عنصرا اقترحه المحرر آليا ولم يراجعه أحد بعد.
editor-drafted-badge = مسودة
# بجانب كل مصدر في قائمته: هل تذكره قائمة مراجع المقال.
editor-listed = في قائمة المراجع
editor-unlisted = غائب عن قائمة المراجع
editor-add-actor = إضافة طرف يدويا
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = حذف { $name }
# يؤكد دفعة واحدة مراجعة كل الأطراف التي اقترحها المحرر آليا، بعد التحقق من صحة أسمائها في القائمة.
editor-check-all-actors = تأكيد مراجعة كل الأطراف
# الاسم الذي يبدأ به طرف أضيف يدويا، إلى أن يُسمّى.
editor-new-actor-name = طرف جديد
editor-add-event = إضافة حدث
# الحدث في قائمته ما دام بلا تسمية.
editor-event-untitled = حدث بلا تسمية

## Editor: لوحة الفحص ($problem إحدى رسائل الفحص check-…)

editor-checking = جارٍ فحص الملف…
editor-check-problems = المشكلات
editor-check-valid = الملف سليم: تعرضه واجهة القراء.
editor-check-invalid = لا يمكن لواجهة القراء عرض الملف قبل إصلاح ما يلي:
# مشكلة، بعد موضعها في الملف ($path: claims[2].summary).
editor-check-problem = { $path }: { $problem }
editor-check-warnings = بيانات تُستكمل قبل النشر
editor-check-findings = ملاحظات ستظهر للقراء

## Editor: ما يقوله نموذج كل عنصر

editor-drafted = مسودة لم تُراجَع بعد
editor-mark-checked = تأكيد المراجعة
editor-field-name = الاسم
editor-kind = النوع
editor-note = ملاحظة للقراء (اختياري)
editor-remove = حذف
# خيار في الملف ليس من خيارات القائمة ($value كما يكتبه الملف).
editor-unknown = { $value } (غير معروف)

## Editor: نموذج الادعاء ($id معرّف الادعاء في الملف)

editor-claim = الادعاء
editor-claim-heading = الادعاء { $id }
editor-quote = الاقتباس
editor-requote = اقتباس الكلمات المحددة بدلا منه
editor-summary = الملخص: الادعاء في جملة واحدة بسيطة
editor-claimant = صاحب الادعاء
editor-claim-sources = استنادا إلى (المصادر)
editor-claim-remove = حذف هذا الادعاء
editor-related = ادعاءات مرتبطة
editor-unlink = فك الربط
editor-another-claim = ادعاء آخر
editor-contradicts = يناقض الادعاء المختار
editor-supports = يدعم الادعاء المختار

## Editor: نموذج الطرف ($id معرّف الطرف في الملف)

# اسم نموذج الطرف، واسم قائمة الأطراف بجانب زر «إضافة كاسم آخر» في شريط التحديد.
editor-actor = الطرف
editor-actor-heading = الطرف { $id }
editor-actor-summary = مَن هو، في جملة واحدة
editor-aliases = أسماء أخرى يستخدمها النص (اختصارات وصيغ مختصرة)
# كل اسم آخر للطرف: الاسم الآخر 1، الاسم الآخر 2…
editor-alias = الاسم الآخر { $number }
editor-add-alias = إضافة اسم آخر
editor-actor-remove = حذف هذا الطرف

## Editor: نموذج المصدر ($id معرّف المصدر في الملف)

editor-source = المصدر
editor-source-heading = المصدر { $id }
editor-outlet = الجهة الناشرة
editor-source-author = الكاتب (اختياري)
editor-source-title = العنوان (اختياري)
# يكتب الملف التواريخ بصيغة سنة-شهر-يوم أو سنة-شهر أو سنة: تبقى الأمثلة كما هي.
editor-source-date = التاريخ: 2024-03-05 أو 2024-03 أو 2024 (اختياري)
editor-source-url = الرابط (اختياري)
editor-source-listed = مدرج في قائمة مراجع المقال
editor-source-remove = حذف هذا المصدر

## Editor: نموذج الحدث ($id معرّف الحدث في الملف)

editor-event = الحدث
editor-event-heading = الحدث { $id }
editor-event-date = التاريخ: 2024-03-05 أو 2024-03 أو 2024
editor-event-label = التسمية على الخط الزمني
# قبل الادعاءات التي تروي الحدث، لكل منها مربع اختيار.
editor-event-claims = الادعاءات التي تروي الحدث
editor-event-remove = حذف هذا الحدث

## Editor: نموذج المقال

editor-article-heading = المقال
editor-article-title = العنوان الرئيسي
editor-article-id = المعرّف (اسم الملف، ويُستخدم في الروابط)
editor-article-category = القسم أو التصنيف (اختياري)
editor-article-publisher = الناشر (اختياري)
# رمز لغة بمعيار BCP 47، كما يكتبه الملف.
editor-article-language = اللغة (ar أو en أو pt-BR)
editor-article-published = تاريخ النشر: 2024-03-05 (اختياري)
editor-article-url = رابط النشر (اختياري)
editor-credits = فريق العمل
# الأدوار التي تسميها واجهة القراء بكلماتها: author وwriter وeditor وsupervisor وtranslator،
# وتُكتب في الملف بالإنجليزية.
editor-credit-role = الدور بالإنجليزية (author, editor…)
editor-add-credit = إضافة اسم

## Editor: لوحة التنزيل وشيفرة تضمين واجهة القراء

editor-publish-title = تنزيل الملف
editor-publish-invalid = لا يمكن لواجهة القراء عرض هذا الملف بعد: راجع «الفحص». يمكنك تنزيله مع ذلك ومتابعة العمل لاحقا.
# $file اسم الملف: harbour-closure.json
editor-publish-download = تنزيل { $file }
editor-embed-title = التضمين في صفحتك
editor-embed-hosted = العنوان الذي ستضع عليه الملف
editor-embed-explorer = عنوان واجهة القراء في Claimscope
editor-embed-code = الصق هذا النص البرمجي حيث ينبغي أن تظهر واجهة القراء
editor-embed-cors = يجب أن يسمح الخادم الذي يستضيف الملف لعنوان واجهة القراء بقراءته (CORS)، ما لم يكن الاثنان على الموقع نفسه.

## Editor: حذف طرف أو مصدر تستخدمه ادعاءات. جمل السؤال تتوالى بهذا الترتيب، والثانية والثالثة
## لا تظهران إلا إن وُجدت هذه الادعاءات؛ $name اسم الطرف أو الجهة الناشرة للمصدر، و$claims قائمة
## بعناوين ادعاءات. الضمير في by وabout يعود على «الطرف» أو «المصدر» (مذكر)، لا على الاسم.

editor-remove-title = حذف { $name }؟
editor-remove-used = لا تزال ادعاءات تشير إلى { $name }.
editor-remove-by = ادعاءات صادرة عنه أو تستشهد به: { $claims }.
editor-remove-about = ادعاءات بشأنه: { $claims }.
editor-remove-effect = حذفه يُخرجه من هذه الادعاءات (وتُنسب الادعاءات الصادرة عنه إلى كاتب المقال، مع علامة لمراجعتها من جديد). يمكنك التراجع عن ذلك.
# ادعاء واحد في القوائم أعلاه، بعنوانه.
editor-remove-headline = «{ $headline }»

## Editor: لغة النص الملصق

editor-language = لغة النص
editor-language-detected = اللغة المكتشفة: { $language }
editor-language-other = لغة أخرى
editor-language-neutral = لا يملك Claimscope قوائم كلمات لهذه اللغة: تقتصر المسودة على الاقتباسات والأسماء، وعليك أنت أن تنسب كل ادعاء إلى صاحبه.
# حين يتعذّر جلب قوائم لغة ما: لا تُعدّ أي مسودة؛ و$language اسم اللغة.
editor-language-unavailable = تعذّر تحميل قوائم كلمات اللغة { $language } (تحقّق من الاتصال بالإنترنت). أعد المحاولة، أو اختر «لغة أخرى» لإعداد مسودة تقتصر على الاقتباسات والأسماء.
editor-drafter-unavailable = تعذّر تحميل أداة إعداد المسودات (تحقّق من الاتصال بالإنترنت). أعد المحاولة.
editor-drafter-stopped = توقّفت أداة إعداد المسودات عند هذا النص ولم تُعَدّ أي مسودة. أعد المحاولة، أو اختر «لغة أخرى» لإعداد مسودة تقتصر على الاقتباسات والأسماء.

## Editor: تحذيرات الفحص، كل منها بعد موضع ما ينبغي ملؤه في الملف ("claims[3].summary:")،
## في لوحة «الفحص» (وفي الإنجليزية، من الأمر claimscope check)

# $why إحدى الرسائل التالية، وتبيّن لماذا يهم ملء الحقل الفارغ.
editor-check-empty = فارغ: { $why }
editor-check-no-headline = ليس للمقال عنوان رئيسي.
editor-check-no-language = حدّد لغة النص (ar مثلا)، كي تنطقه قارئات الشاشة نطقا صحيحا.
editor-check-credit-name = أحد أفراد فريق العمل بلا اسم.
editor-check-credit-role = اذكر ما قام به هذا الشخص (author, editor…).
editor-check-empty-paragraph = الفقرة فارغة.
editor-check-empty-alias = الاسم الآخر الفارغ لا يسمّي شيئا.
editor-check-actor-summary = لا يرى القراء أي وصف لهذا الطرف.
# $name كما يكتبه الملف، و$spelt كما يكتبه النص (بفاصلة عليا أو علامة تنصيص مختلفة).
editor-check-spelt = لا يكتب النص «{ $name }» بل «{ $spelt }»: فمن يبحث من القراء عن إحدى الصيغتين لن يجد الأخرى.
editor-check-unused-actor = لا يوجد ادعاء صادر عن { $name } أو بشأنه؛ فلا يجده القراء إلا في قسم «الأطراف».
editor-check-unused-source = لا يستشهد أي ادعاء بالمصدر { $source }، ولا تدرجه قائمة المراجع.
editor-check-claim-summary = يرى القراء الاقتباس بدلا من الملخص.
# «About» هو عامل التصفية بموضوعات الادعاءات (facet-about).
editor-check-no-subject = لا يتناول الادعاء أي طرف، فلا يظهر في أي خيار من خيارات التصفية «موضوع الادعاء».
editor-check-event-label = ليس للحدث تسمية على الخط الزمني.
editor-check-event-claims = لا يروي أي ادعاء هذا الحدث، فلا تُظهره عوامل التصفية أبدا.
