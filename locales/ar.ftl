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
# يليه اسم الأمر، ثم نقطتان وقائمة المشكلات (بالإنجليزية).
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
