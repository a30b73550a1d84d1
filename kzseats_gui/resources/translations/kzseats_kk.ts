<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kzseats</source>
        <translation>kzseats туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;kzseats {version}&lt;/b&gt;&lt;br&gt;Seat calculator for Kazakhstan&apos;s elections: the Mazhilis and the maslikhats, exact to the law.&lt;br&gt;&lt;br&gt;Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>&lt;b&gt;kzseats {version}&lt;/b&gt;&lt;br&gt;Қазақстандағы сайлауларға арналған мандат калькуляторы: Мәжіліс пен мәслихаттар, заңға дәл сәйкес.&lt;br&gt;&lt;br&gt;Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Бөгде компоненттер</translation>
    </message>
    <message>
        <source>{name} is missing from this copy of kzseats.</source>
        <translation>kzseats-тің бұл көшірмесінде {name} файлы жоқ.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Есептеу барысы</translation>
    </message>
    <message>
        <source>Find in the audit trail…</source>
        <translation>Есептеу барысынан іздеу…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Алдыңғы</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Бәрін көшіру</translation>
    </message>
    <message>
        <source>Copy the whole audit trail as text</source>
        <translation>Есептеу барысын толығымен мәтін ретінде көшіру</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Ballots and threshold</source>
        <translation>Бюллетеньдер және өту шегі</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша мандаттар</translation>
    </message>
    <message>
        <source>Single-member districts</source>
        <translation>Бір мандатты округтер</translation>
    </message>
    <message>
        <source>Mandate holders and the quota</source>
        <translation>Мандат иелері және квота</translation>
    </message>
    <message>
        <source>Seats in total</source>
        <translation>Мандаттардың жиыны</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Есептеу</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message>
        <source>Ties: lots required</source>
        <translation>Тең нәтижелер: жеребе қажет</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Тең нәтижелер</translation>
    </message>
    <message>
        <source>District {district}</source>
        <translation>Округ {district}</translation>
    </message>
    <message>
        <source>List tier</source>
        <translation>Партиялық тізімдер</translation>
    </message>
    <message>
        <source>open: a drawing of lots decides</source>
        <translation>шешілмеген: жеребе шешеді</translation>
    </message>
    <message>
        <source>decided by registration order: {winners}</source>
        <translation>тіркелу реті бойынша шешілді: {winners}</translation>
    </message>
    <message>
        <source>decided by lot: {winners}</source>
        <translation>жеребе арқылы шешілді: {winners}</translation>
    </message>
    <message>
        <source>{where}: {seats} seat(s) between {names}; {how}</source>
        <translation>{where}: даулы мандаттар — {seats}, үміткерлер: {names}; {how}</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Партия:</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Mandate quota</source>
        <translation>Мандат квотасы</translation>
    </message>
    <message>
        <source>List composition</source>
        <translation>Тізім құрамы</translation>
    </message>
    <message>
        <source>Mandate holders</source>
        <translation>Мандат иелері</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Нәтиже әлі жоқ.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Counts toward quota</source>
        <translation>Квотаға есептеледі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Swapped in</source>
        <translation>Жоғары көтерілген</translation>
    </message>
    <message>
        <source>List seats held:</source>
        <translation>Тізім бойынша мандаттар:</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>Қажет:</translation>
    </message>
    <message>
        <source>Holders who count:</source>
        <translation>Квотаға есептелетіндер:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Квота:</translation>
    </message>
    <message>
        <source>Eligible on the list:</source>
        <translation>Квотаға сәйкес:</translation>
    </message>
    <message>
        <source>List length:</source>
        <translation>Тізімдегі кандидаттар:</translation>
    </message>
    <message>
        <source>This election has no party lists, so there is no mandate quota to check.</source>
        <translation>Бұл сайлауда партиялық тізімдер жоқ, сондықтан мандат квотасын тексеру қажет емес.</translation>
    </message>
    <message>
        <source>The workbook has no candidate lists. Add a Candidates sheet (party, position, name, gender, birth date, disability, elected) to check the {percent} quota for women, youth and persons with disabilities.</source>
        <translation>Кітапта кандидаттар тізімдері жоқ. Әйелдер, жастар және мүгедектігі бар адамдар үшін {percent} квотаны тексеру үшін «Кандидаттар» парағын қосыңыз (партия, нөмір, аты-жөні, жынысы, туған күні, мүгедектік, сайланды).</translation>
    </message>
    <message>
        <source>For this body the mandate quota is not law: the figures are shown for information only. The list composition rules apply.</source>
        <translation>Бұл орган үшін мандат квотасы заңда белгіленбеген: сандар тек мәлімет үшін көрсетілген. Тізім құрамына қойылатын талаптар қолданылады.</translation>
    </message>
    <message>
        <source>({vacant} vacant)</source>
        <translation>(бос: {vacant})</translation>
    </message>
    <message>
        <source>{required} ({percent} of {seats} seats, {rounding})</source>
        <translation>{required} ({seats} мандаттың {percent}, {rounding})</translation>
    </message>
    <message>
        <source>{filled} of {holders} holders</source>
        <translation>{filled} (барлық мандат иелері: {holders})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <source>{names} names; at most 130 % of {seats} list seats allowed</source>
        <translation>{names} кандидат; ең көбі тізім бойынша {seats} мандаттың 130 %-ы рұқсат етіледі</translation>
    </message>
    <message>
        <source>Mandate holders chosen by the party (Elected column):</source>
        <translation>Партия белгілеген мандат иелері («Сайланды» бағаны):</translation>
    </message>
    <message>
        <source>Suggested mandate holders: list order, with the highest-placed eligible candidates swapped in for the lowest-placed others until the quota holds. The party&apos;s governing body chooses; this is a suggestion.</source>
        <translation>Ұсынылған мандат иелері: тізім реті, квота орындалғанша ең жоғары орындағы сәйкес кандидаттар ең төменгі орындағы басқалардың орнына қойылады. Партияның басшы органы шешеді; бұл тек ұсыныс.</translation>
    </message>
    <message>
        <source>Suggested mandate holders: list order, with the highest-placed eligible candidates swapped in for the lowest-placed others until the quota holds.</source>
        <translation type="vanished">Ұсынылған мандат иелері: тізім реті бойынша; квота орындалғанша квоталық санаттағы ең жоғары тұрған кандидаттар басқалардың ең төменде тұрғандарының орнына қойылады.</translation>
    </message>
    <message>
        <source>{eligible} of {names}{share}; at least {percent} required</source>
        <translation>{names} кандидаттың {eligible}{share}; кемінде {percent} қажет</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>youth (under {age})</source>
        <translation>жастар ({age} жасқа дейін)</translation>
    </message>
    <message>
        <source>person with disability</source>
        <translation>мүгедектігі бар адам</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>↑ swapped in</source>
        <translation>↑ көтерілді</translation>
    </message>
    <message>
        <source>Takes a seat ahead of list order so the quota holds</source>
        <translation>Квота орындалуы үшін мандатты тізім ретінен бұрын алады</translation>
    </message>
</context>
<context>
    <name>ChangedSeats</name>
    <message>
        <source>Changed hands: {count} seat(s)</source>
        <translation>Иесі ауысқан: {count}</translation>
    </message>
    <message>
        <source>Outlined: seats that changed hands against the figures as read (what-if)</source>
        <translation>Қоршалғаны: файлдағы деректермен салыстырғанда иесі ауысқан мандаттар («егер»)</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Hemicycle</source>
        <translation>Жартышеңбер</translation>
    </message>
    <message>
        <source>Seats by tier</source>
        <translation>Тізім мен округ</translation>
    </message>
    <message>
        <source>Quota fill</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>Party order:</source>
        <translation>Партиялар реті:</translation>
    </message>
    <message>
        <source>Self-nominated and pending seats:</source>
        <translation>Партиядан тыс орындар:</translation>
    </message>
    <message>
        <source>Ballot order</source>
        <translation>Бюллетеньдегідей</translation>
    </message>
    <message>
        <source>Most seats first</source>
        <translation>Мандат саны бойынша</translation>
    </message>
    <message>
        <source>Custom (drag in the list)</source>
        <translation>Өз ретім (тізімде сүйреңіз)</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Ортада</translation>
    </message>
    <message>
        <source>Right end</source>
        <translation>Оң жақта</translation>
    </message>
    <message>
        <source>Drag a party to change its place in the hemicycle</source>
        <translation>Жартышеңбердегі орнын өзгерту үшін партияны сүйреңіз</translation>
    </message>
</context>
<context>
    <name>ChartsSlot</name>
    <message>
        <source>Drawing the charts…</source>
        <translation>Диаграммалар салынуда…</translation>
    </message>
</context>
<context>
    <name>DistrictsView</name>
    <message>
        <source>Filter districts, candidates, parties…</source>
        <translation>Сүзгі: округтер, кандидаттар, партиялар…</translation>
    </message>
    <message>
        <source>Filter districts</source>
        <translation>Округтерді сүзу</translation>
    </message>
    <message>
        <source>District results</source>
        <translation>Округтер бойынша нәтижелер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Winner&apos;s votes</source>
        <translation>Жеңімпаздың дауыстары</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырмашылық</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Against all (%)</source>
        <translation>Барлығына қарсы (%)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>The candidate with the most votes; empty while the seat is undecided</source>
        <translation>Ең көп дауыс алған кандидат; мандат анықталмағанша бос</translation>
    </message>
    <message>
        <source>Votes ahead of the runner-up candidate</source>
        <translation>Жеңімпаздың екінші орындағы кандидаттан артық дауыстары</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; votes in the district</source>
        <translation>Округтегі «барлығына қарсы» дауыстар</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; as a share of all votes in the district (candidates + against all)</source>
        <translation>Округтегі барлық дауыстардағы «барлығына қарсы» үлесі (кандидаттар + барлығына қарсы)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>анықталмаған</translation>
    </message>
    <message>
        <source>void</source>
        <translation>жарамсыз / өтпеді</translation>
    </message>
    <message>
        <source>against all leads</source>
        <translation>«барлығына қарсы» алда</translation>
    </message>
    <message>
        <source>No results yet: the seat is shown as undecided, not guessed.</source>
        <translation>Нәтижелер әлі жоқ: мандат болжанбайды, анықталмаған ретінде көрсетіледі.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; led and the settings treat such a district as void (a what-if, not the law): the seat waits for a repeat election.</source>
        <translation>«Барлығына қарсы» алда, баптаулар бойынша (модельдеу, заң емес) мұндай округтегі сайлау жарамсыз / өтпеді деп танылады: мандат қайта сайлауды күтеді.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; received more votes than the leading candidate. No rule was found in the law that voids the district; the leading candidate wins.</source>
        <translation>«Барлығына қарсы» алда тұрған кандидаттан көп дауыс алды. Заңнан округтегі сайлауды жарамсыз ететін ереже табылмады; алда тұрған кандидат жеңеді.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; led and the settings treat such a district as void: the seat waits for a repeat election.</source>
        <translation type="vanished">«Барлығына қарсы» алда, баптаулар бойынша мұндай округ жарамсыз: мандат қайта сайлауды күтеді.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; received more votes than the leading candidate. No rule voids the district; the leading candidate wins.</source>
        <translation type="vanished">«Барлығына қарсы» алда тұрған кандидаттан көп дауыс алды. Округті жарамсыз ететін ереже жоқ; алда тұрған кандидат жеңеді.</translation>
    </message>
    <message>
        <source>The leading candidates have equal votes: the seat is decided by lot.</source>
        <translation>Алда тұрған кандидаттардың дауыстары тең: мандат жеребе арқылы анықталады.</translation>
    </message>
    <message>
        <source>The leading candidates had equal votes; the recorded lot gave the seat to the winner shown.</source>
        <translation>Алда тұрған кандидаттардың дауыстары тең болды; жазылған жеребе мандатты көрсетілген жеңімпазға берді.</translation>
    </message>
    <message>
        <source>(tie)</source>
        <translation>(теңдік)</translation>
    </message>
    <message>
        <source>(void)</source>
        <translation>(жарамсыз / өтпеді)</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(анықталмаған)</translation>
    </message>
    <message>
        <source>Against all: {votes}</source>
        <translation>Барлығына қарсы: {votes}</translation>
    </message>
    <message>
        <source>No district results in the workbook: every district seat is pending.</source>
        <translation>Кітапта округтер бойынша нәтижелер жоқ: округтік мандаттардың бәрі анықталмаған.</translation>
    </message>
    <message>
        <source>This election has no district seats.</source>
        <translation>Бұл сайлауда округтік мандаттар жоқ.</translation>
    </message>
    <message>
        <source>Districts: {n}</source>
        <translation>Округтер: {n}</translation>
    </message>
    <message>
        <source>won by party candidates: {n}</source>
        <translation>партия кандидаттары жеңді: {n}</translation>
    </message>
    <message>
        <source>self-nominated: {n}</source>
        <translation>өзін-өзі ұсынғандар: {n}</translation>
    </message>
    <message>
        <source>undecided: {n}</source>
        <translation>анықталмаған: {n}</translation>
    </message>
    <message>
        <source>&quot;against all&quot; leads: {n}</source>
        <translation>«барлығына қарсы» алда: {n}</translation>
    </message>
    <message>
        <source>No district results.</source>
        <translation>Округтер бойынша нәтижелер жоқ.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} жазылмады: {reason}</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Нәтижелерді экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>The source workbook is never overwritten. Choose another file name.</source>
        <translation>Бастапқы кітап ешқашан қайта жазылмайды. Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG суреті (*.svg);;PNG суреті (*.png);;PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF есебін экспорттау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG ажыратымдылығы</translation>
    </message>
    <message>
        <source>Dots per inch (96: screen, 300: print, 600: large print):</source>
        <translation>Дюймдегі нүкте (96 — экран, 300 — басып шығару, 600 — ірі басылым):</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>Share of runs, %</source>
        <translation>Жүргізулер үлесі, %</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Барлық мандат</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>көпшілік</translation>
    </message>
</context>
<context>
    <name>LotsBanner</name>
    <message>
        <source>Record lot result…</source>
        <translation>Жеребе нәтижесін жазу…</translation>
    </message>
    <message numerus="yes">
        <source>Lots required: %n seat(s) cannot be decided by the rules and wait for a drawing of lots.</source>
        <translation>
            <numerusform>Жеребе қажет: %n мандатты ережелер бойынша бөлу мүмкін емес, олар жеребені күтуде.</numerusform>
            <numerusform>Жеребе қажет: %n мандатты ережелер бойынша бөлу мүмкін емес, олар жеребені күтуде.</numerusform>
        </translation>
    </message>
    <message>
        <source>{winners}: won by lot between {between}; drawn: {drawn}</source>
        <translation>{winners}: жеребе бойынша жеңді, қатысушылар: {between}; жеребе: {drawn}</translation>
    </message>
    <message>
        <source>when and where not recorded</source>
        <translation>уақыты мен орны жазылмаған</translation>
    </message>
    <message>
        <source>District {district}: {text}</source>
        <translation>Округ {district}: {text}</translation>
    </message>
</context>
<context>
    <name>LotsDialog</name>
    <message>
        <source>District {district}: {names} received the same number of votes ({standing}) and lead the district; its seat is decided by lot.</source>
        <translation>Округ {district}: {names} бірдей дауыс алып ({standing}), округте алда тұр; мандат жеребе арқылы анықталады.</translation>
    </message>
    <message numerus="yes">
        <source>{names} have equal quotients ({standing}) for the last %n list seat(s).</source>
        <translation>
            <numerusform>{names}: тізім бойынша соңғы %n мандат үшін бөлінділер тең ({standing}).</numerusform>
            <numerusform>{names}: тізім бойынша соңғы %n мандат үшін бөлінділер тең ({standing}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} have equal remainders ({standing}) for the last %n list seat(s).</source>
        <translation>
            <numerusform>{names}: тізім бойынша соңғы %n мандат үшін қалдықтар тең ({standing}).</numerusform>
            <numerusform>{names}: тізім бойынша соңғы %n мандат үшін қалдықтар тең ({standing}).</numerusform>
        </translation>
    </message>
    <message>
        <source>District {district}</source>
        <translation>Округ {district}</translation>
    </message>
    <message>
        <source>Party lists</source>
        <translation>Партиялық тізімдер</translation>
    </message>
    <message numerus="yes">
        <source>Who won the lot? Pick %n.</source>
        <translation>
            <numerusform>Жеребеде кім ұтты? Таңдаңыз: %n.</numerusform>
            <numerusform>Жеребеде кім ұтты? Таңдаңыз: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: {chosen} of {seats}</source>
        <translation>Таңдалды: {seats} ішінен {chosen}</translation>
    </message>
    <message>
        <source>Record lot result</source>
        <translation>Жеребе нәтижесі</translation>
    </message>
    <message>
        <source>The seats below are tied and no rule decides them. Record the result of the drawing of lots; the calculation then finishes with it, and the lot appears in the audit trail and in every export. It is kept in the project file beside the workbook and applied again whenever the same workbook is opened.</source>
        <translation>Төмендегі мандаттар бойынша нәтижелер тең, оларды ешбір ереже шешпейді. Жеребе нәтижесін жазыңыз: есептеу соны ескеріп аяқталады, ал жеребе есептеу барысына және барлық экспортталған файлдарға енеді. Нәтиже жұмыс кітабының жанындағы жоба файлында сақталады және сол кітап ашылған сайын қайта қолданылады.</translation>
    </message>
    <message>
        <source>date and time, place, who drew</source>
        <translation>күні мен уақыты, орны, кім өткізді</translation>
    </message>
    <message>
        <source>Drawn on (when, where, by whom):</source>
        <translation>Жеребе (қашан, қайда, кім):</translation>
    </message>
    <message>
        <source>Record and recalculate</source>
        <translation>Жазу және қайта есептеу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} оқылуда…</translation>
    </message>
    <message>
        <source>Open results workbook</source>
        <translation>Нәтижелер кітабын ашу</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel кітаптары (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>New workbook from template</source>
        <translation>Үлгіден жаңа кітап</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write the template</source>
        <translation>Үлгіні жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>{name} cannot be used</source>
        <translation>{name} файлын пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>{name} оқу</translation>
    </message>
    <message>
        <source>allocating the seats</source>
        <translation>мандаттарды бөлу</translation>
    </message>
    <message>
        <source>Failed: {what}</source>
        <translation>Сәтсіз: {what}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>The workbook&apos;s settings cannot be used: see the settings.</source>
        <translation>Кітаптағы баптауларды пайдалану мүмкін емес: баптауларды қараңыз.</translation>
    </message>
    <message>
        <source>Allocating the seats…</source>
        <translation>Мандаттар бөлінуде…</translation>
    </message>
    <message>
        <source>Recorded lots not saved</source>
        <translation>Жеребе нәтижелері сақталмады</translation>
    </message>
</context>
<context>
    <name>MarginsPane</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Тізімге берілген дауыстар</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша мандаттар</translation>
    </message>
    <message>
        <source>Votes to gain a seat</source>
        <translation>Жаңа мандатқа дейінгі дауыс</translation>
    </message>
    <message>
        <source>Votes lost that cost a seat</source>
        <translation>Мандаттан айыратын дауыс шығыны</translation>
    </message>
    <message>
        <source>Votes to the threshold</source>
        <translation>Шекке дейінгі дауыс</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Екінші орын</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Votes that flip it</source>
        <translation>Жеңімпазды ауыстыратын дауыс</translation>
    </message>
    <message>
        <source>More votes can give this party fewer list seats: select it to see every change on the chart.</source>
        <translation>Көбірек дауыс бұл партияға тізім бойынша азырақ мандат беруі мүмкін: графиктегі әр өзгерісті көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Exact figures, all other counts unchanged. Click a figure to apply it as a what-if; select a party to see its seats as its votes change.</source>
        <translation>Дәл сандар, қалған деректер өзгеріссіз. Санды «егер» сценарийі ретінде қолдану үшін оны басыңыз; дауыстары өзгергенде мандаттарын көру үшін партияны таңдаңыз.</translation>
    </message>
    <message>
        <source>Last step: {step}.</source>
        <translation>Соңғы қадам: {step}.</translation>
    </message>
    <message>
        <source>Marked: more votes can give {parties} fewer list seats (the runner-up rule, or the threshold moving with the total). The figures are the fewest votes that first give a seat more or fewer; the chart shows every change.</source>
        <translation>Белгіленген: көбірек дауыс {parties} партияларына тізім бойынша азырақ мандат беруі мүмкін (екінші партия ережесі немесе жалпы дауыспен бірге жылжитын шек). Сандар — мандат алғаш рет көбейетін немесе азаятын ең аз дауыс саны; график әр өзгерісті көрсетеді.</translation>
    </message>
    <message>
        <source>Click: apply {sign}{votes} votes as a what-if</source>
        <translation>Басу: {sign}{votes} дауысты «егер» ретінде қолдану</translation>
    </message>
    <message numerus="yes">
        <source>With %n list seat(s) a tie between {parties} would need a lot.</source>
        <translation>
            <numerusform>Тізім бойынша %n мандат болғанда {parties} арасындағы теңдікті жеребе шешер еді.</numerusform>
            <numerusform>Тізім бойынша %n мандат болғанда {parties} арасындағы теңдікті жеребе шешер еді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n list seat(s) the extra seat would stay vacant.</source>
        <translation>
            <numerusform>Тізім бойынша %n мандат болғанда қосымша мандат бос қалар еді.</numerusform>
            <numerusform>Тізім бойынша %n мандат болғанда қосымша мандат бос қалар еді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n list seat(s) the next seat goes to {parties}.</source>
        <translation>
            <numerusform>Тізім бойынша %n мандат болғанда келесі мандатты {parties} алады.</numerusform>
            <numerusform>Тізім бойынша %n мандат болғанда келесі мандатты {parties} алады.</numerusform>
        </translation>
    </message>
    <message>
        <source>With {seats} list seats a tie between {parties} would need a lot.</source>
        <translation type="vanished">Тізім бойынша {seats} мандат болғанда {parties} арасындағы теңдікті жеребе шешер еді.</translation>
    </message>
    <message>
        <source>With {seats} list seats the extra seat would stay vacant.</source>
        <translation type="vanished">Тізім бойынша {seats} мандат болғанда қосымша мандат бос қалар еді.</translation>
    </message>
    <message>
        <source>With {seats} list seats the next seat goes to {parties}.</source>
        <translation type="vanished">Тізім бойынша {seats} мандат болғанда келесі мандатты {parties} алады.</translation>
    </message>
    <message>
        <source>{parties} would lose a seat (the Alabama paradox).</source>
        <translation>{parties} мандатынан айырылар еді (Алабама парадоксы).</translation>
    </message>
    <message>
        <source>{party}: {votes} votes (a margin)</source>
        <translation>{party}: {votes} дауыс (қор бойынша)</translation>
    </message>
    <message>
        <source>District {district}: {votes} votes from {source} to {target}</source>
        <translation>{district} округ: {votes} дауыс {source} → {target}</translation>
    </message>
</context>
<context>
    <name>MethodsPane</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Тізімге берілген дауыстар</translation>
    </message>
    <message>
        <source>{seats} under the law ({method})</source>
        <translation>Заң бойынша {seats} ({method})</translation>
    </message>
    <message>
        <source>Marked: a party&apos;s list seats differ from the law&apos;s.</source>
        <translation>Белгіленгені: партияның мандаттары заң бойынша бөлуден өзгеше.</translation>
    </message>
    <message>
        <source>Every method gives the same list seats.</source>
        <translation>Барлық әдіс тізім бойынша бірдей мандат береді.</translation>
    </message>
    <message>
        <source>“+ ?”: a tie only a lot can decide; its seats are in no party&apos;s cell.</source>
        <translation>«+ ?»: тек жеребе шеше алатын теңдік; оның мандаттары ешбір партияның ұяшығында жоқ.</translation>
    </message>
    <message>
        <source>Only the Hare method is the law; the others are shown for comparison and are not the law.</source>
        <translation>Заң бойынша тек Хэйр әдісі қолданылады; қалғандары салыстыру үшін көрсетілген, олар заң емес.</translation>
    </message>
</context>
<context>
    <name>PartyResultsView</name>
    <message>
        <source>Party results</source>
        <translation>Партиялардың нәтижелері</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Тізімге дауыстар</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Үлесі (%)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Өту шегі</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Округтерде</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Барлық мандат</translation>
    </message>
    <message>
        <source>Quota required</source>
        <translation>Квота бойынша қажет</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Квотаға сәйкес</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Толтырылды</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>Квота орындалды</translation>
    </message>
    <message>
        <source>Votes cast for the party list</source>
        <translation>Партиялық тізімге берілген дауыстар</translation>
    </message>
    <message>
        <source>Share of the votes the threshold is taken of</source>
        <translation>Өту шегі есептелетін дауыстардағы үлесі</translation>
    </message>
    <message>
        <source>Whether the party passed the threshold and takes part in the list distribution</source>
        <translation>Партия өту шегінен өтіп, тізімдік мандаттарды бөлуге қатыса ма</translation>
    </message>
    <message>
        <source>List seats held (won minus vacant)</source>
        <translation>Тізім бойынша мандаттар (алынғаны минус бос)</translation>
    </message>
    <message>
        <source>List seats won that no candidate on the list can take</source>
        <translation>Тізімде оны алатын кандидат болмаған тізімдік мандаттар</translation>
    </message>
    <message>
        <source>Single-member districts won by the party&apos;s candidates</source>
        <translation>Партия кандидаттары жеңген бір мандатты округтер</translation>
    </message>
    <message>
        <source>List seats held plus district seats</source>
        <translation>Тізім бойынша мандаттар қосу округтік мандаттар</translation>
    </message>
    <message>
        <source>Mandate holders who must be women, youth or persons with disabilities</source>
        <translation>Әйелдер, жастар немесе мүгедектігі бар адамдар болуға тиіс мандат иелері</translation>
    </message>
    <message>
        <source>Candidates on the whole list who count toward the quota</source>
        <translation>Бүкіл тізімдегі квотаға есептелетін кандидаттар</translation>
    </message>
    <message>
        <source>Mandate holders who count toward the quota</source>
        <translation>Квотаға есептелетін мандат иелері</translation>
    </message>
    <message>
        <source>Whether the mandate holders meet the quota</source>
        <translation>Мандат иелері квотаны орындай ма</translation>
    </message>
    <message>
        <source>not on the list ballot</source>
        <translation>тізім бюллетенінде жоқ</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <source>Won {won}, of which {vacant} vacant: the list has too few candidates</source>
        <translation>Алынғаны {won}, оның ішінде бос {vacant}: тізімде кандидаттар жеткіліксіз</translation>
    </message>
    <message>
        <source>No candidate list in the workbook</source>
        <translation>Кітапта кандидаттар тізімі жоқ</translation>
    </message>
    <message>
        <source>No list seat: the quota does not apply</source>
        <translation>Тізім бойынша мандат жоқ: квота қолданылмайды</translation>
    </message>
    <message>
        <source>info only</source>
        <translation>мәлімет үшін</translation>
    </message>
    <message>
        <source>The mandate quota is not law for this body; shown for information</source>
        <translation>Бұл орган үшін мандат квотасы заңда белгіленбеген; мәлімет үшін көрсетілген</translation>
    </message>
    <message>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <source>Among the holders the party chose (Elected column)</source>
        <translation>Партия таңдаған мандат иелерінің ішінде («Сайланды» бағаны)</translation>
    </message>
    <message>
        <source>Among the suggested holders (list order, eligible candidates swapped in)</source>
        <translation>Ұсынылған мандат иелерінің ішінде (тізім реті, квоталық кандидаттар жоғары көтерілген)</translation>
    </message>
    <message>
        <source>District seats won by self-nominated candidates</source>
        <translation>Өзін-өзі ұсынған кандидаттар алған округтік мандаттар</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>{filled} of {total} seats filled</source>
        <translation>Бөлінген мандаттар: {total} ішінен {filled}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message numerus="yes">
        <source>%n list seat(s) vacant: a list has fewer candidates than seats won.</source>
        <translation>
            <numerusform>Тізім бойынша %n мандат бос: тізімде кандидаттар алынған мандаттардан аз.</numerusform>
            <numerusform>Тізім бойынша %n мандат бос: тізімде кандидаттар алынған мандаттардан аз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district seat(s) pending.</source>
        <translation>
            <numerusform>Округтер бойынша %n мандат анықталмаған.</numerusform>
            <numerusform>Округтер бойынша %n мандат анықталмаған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) await a drawing of lots.</source>
        <translation>
            <numerusform>%n мандат жеребені күтуде.</numerusform>
            <numerusform>%n мандат жеребені күтуде.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaFillView</name>
    <message>
        <source>Quota fill: holders who count toward the quota, share of list seats</source>
        <translation>Квота орындалуы: квотаға есептелетін иелер, тізімдік мандаттардағы үлесі</translation>
    </message>
    <message>
        <source>% of the party&apos;s list seats</source>
        <translation>партияның тізімдік мандаттарының %</translation>
    </message>
    <message>
        <source>No candidate data: the quota cannot be checked.</source>
        <translation>Кандидаттар туралы деректер жоқ: квотаны тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>{filled} of {required} required</source>
        <translation>қажетті {required} ішінен {filled}</translation>
    </message>
    <message>
        <source>info only</source>
        <translation>мәлімет үшін</translation>
    </message>
    <message>
        <source>{filled} of {required} required · {seats} seats · {eligible} eligible on list</source>
        <translation type="vanished">қажетті {required} ішінен {filled} · мандат: {seats} · тізімде сәйкес: {eligible}</translation>
    </message>
    <message>
        <source>short by {count}</source>
        <translation>жетпейді: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n list seat(s)</source>
        <translation>
            <numerusform>тізім бойынша %n мандат</numerusform>
            <numerusform>тізім бойынша %n мандат</numerusform>
        </translation>
    </message>
    <message>
        <source>{eligible} eligible on list</source>
        <translation>тізімде сәйкес: {eligible}</translation>
    </message>
    <message>
        <source>suggested holders</source>
        <translation>ұсынылған иелер</translation>
    </message>
    <message>
        <source>for information</source>
        <translation type="vanished">мәлімет үшін</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Clear the list</source>
        <translation>Тізімді тазарту</translation>
    </message>
</context>
<context>
    <name>ScenariosPane</name>
    <message>
        <source>Name of the scenario</source>
        <translation>Сценарий атауы</translation>
    </message>
    <message>
        <source>Save what is shown</source>
        <translation>Көрсетілгенді сақтау</translation>
    </message>
    <message>
        <source>Open as what-if</source>
        <translation>«Егер» ретінде ашу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>against</source>
        <translation>қарсы</translation>
    </message>
    <message>
        <source>Include in exports</source>
        <translation>Экспортқа қосу</translation>
    </message>
    <message>
        <source>Add the saved scenarios to exported results (a sheet each), to the PDF report and to printouts (a section), each marked as a what-if.</source>
        <translation>Сақталған сценарийлерді нәтижелер экспортына (әрқайсысына бір парақ), PDF есепке және басып шығаруға (жеке бөлім) қосу; әрқайсысы «егер» деп белгіленеді.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>{file}: the scenarios cannot be saved ({problem}); the file is as it was.</source>
        <translation>{file}: сценарийлерді сақтау мүмкін емес ({problem}); файл бұрынғысынша қалды.</translation>
    </message>
    <message>
        <source>{file}: the scenarios cannot be read ({problem}). Nothing is saved over the file until it is repaired or moved away.</source>
        <translation>{file}: сценарийлерді оқу мүмкін емес ({problem}). Файл түзетілгенше немесе басқа жерге жылжытылғанша оның үстіне ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Saved in {file}.</source>
        <translation>{file} файлына сақталды.</translation>
    </message>
    <message>
        <source>Open scenario {name}</source>
        <translation>{name} сценарийін ашу</translation>
    </message>
    <message>
        <source>{name} — cannot be used</source>
        <translation>{name} — пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>{name} — not the law</source>
        <translation>{name} — заң емес</translation>
    </message>
    <message>
        <source>This scenario cannot be used:</source>
        <translation>Бұл сценарийді пайдалану мүмкін емес:</translation>
    </message>
    <message>
        <source>Figures as read</source>
        <translation>Файлдағы деректер</translation>
    </message>
    <message>
        <source>These settings cannot be used.</source>
        <translation type="vanished">Бұл баптауларды қолдану мүмкін емес.</translation>
    </message>
    <message>
        <source>Total seats per party; the difference is the right minus the left.</source>
        <translation>Партиялар бойынша барлық мандат; айырма — оң жақтағыдан сол жақтағыны алғанда.</translation>
    </message>
</context>
<context>
    <name>SeatCurveChart</name>
    <message>
        <source>List seats</source>
        <translation type="vanished">Тізім бойынша мандаттар</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>шек</translation>
    </message>
    <message>
        <source>{party} with {votes} votes: {seats} list seat(s)</source>
        <translation>{party}, {votes} дауыспен: тізім бойынша мандаттар — {seats}</translation>
    </message>
    <message>
        <source>{party}: {seats} list seats with {votes} votes</source>
        <translation type="vanished">{party}: {votes} дауыспен тізім бойынша {seats} мандат</translation>
    </message>
    <message>
        <source>(steps cut off)</source>
        <translation>(баспалдақтар қиылған)</translation>
    </message>
    <message>
        <source>▼ More votes can give {party} fewer seats: the line steps down at each red mark.</source>
        <translation>▼ Көбірек дауыс {party} партиясына азырақ мандат беруі мүмкін: әр қызыл белгіде сызық төмен түседі.</translation>
    </message>
</context>
<context>
    <name>SeatsByTierView</name>
    <message>
        <source>Seats: list (solid) and district (hatched)</source>
        <translation>Мандаттар: тізім (тұтас) және округ (штрихталған)</translation>
    </message>
    <message>
        <source>Vote share (light) vs seat share (solid), %</source>
        <translation>Дауыс үлесі (ашық) және мандат үлесі (тұтас), %</translation>
    </message>
    <message>
        <source>{list} + {district} = {total}</source>
        <translation>{list} + {district} = {total}</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша мандаттар</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Округтер бойынша мандаттар</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Өту шегі</translation>
    </message>
    <message>
        <source>Threshold base</source>
        <translation>Шек негізі</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Quota (women, youth, disability)</source>
        <translation>Квота (әйелдер, жастар, мүгедектік)</translation>
    </message>
    <message>
        <source>Youth: younger than</source>
        <translation>Жастар: жасы</translation>
    </message>
    <message>
        <source>“Against all” leads a district</source>
        <translation>Округте «барлығына қарсы» алда</translation>
    </message>
    <message>
        <source>Equal remainders</source>
        <translation>Тең қалдықтар</translation>
    </message>
    <message>
        <source>Only one party passes</source>
        <translation>Шектен бір ғана партия өтсе</translation>
    </message>
    <message>
        <source>Admit the runner-up (2009 rule)</source>
        <translation>Екінші партияны жіберу (2009 жылғы ереже)</translation>
    </message>
    <message>
        <source>Admit the runner-up (pre-2022 rule)</source>
        <translation type="vanished">Екіншісін де жіберу (2022-ге дейін)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>жасқа дейін</translation>
    </message>
    <message>
        <source>Reset to workbook</source>
        <translation>Кітаптағыға қайтару</translation>
    </message>
    <message>
        <source>Changed from the workbook</source>
        <translation>Кітаптағы мәннен өзгертілген</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ from the workbook.</source>
        <translation>
            <numerusform>%n баптау кітаптағыдан өзгеше.</numerusform>
            <numerusform>%n баптау кітаптағыдан өзгеше.</numerusform>
        </translation>
    </message>
    <message>
        <source>This method is not the law; it is shown for comparison only.</source>
        <translation>Бұл әдіс заңда көзделмеген; ол тек салыстыру үшін көрсетілген.</translation>
    </message>
    <message>
        <source>Give “Ballots cast” on the workbook&apos;s Election sheet, or choose another threshold base.</source>
        <translation>Кітаптың «Сайлау» парағында «Берілген бюллетеньдер» мәнін көрсетіңіз немесе шектің басқа негізін таңдаңыз.</translation>
    </message>
    <message>
        <source>These settings cannot be used:</source>
        <translation>Бұл баптауларды пайдалану мүмкін емес:</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
</context>
<context>
    <name>SimulationPane</name>
    <message>
        <source>Absolute points</source>
        <translation>Абсолюттік пункттер</translation>
    </message>
    <message>
        <source>Proportional to each share</source>
        <translation>Әр үлеске пропорционал</translation>
    </message>
    <message>
        <source>A poll of N respondents</source>
        <translation>N респондент сауалнамасы</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Белгісіздік</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Шашырау</translation>
    </message>
    <message>
        <source>Poll size</source>
        <translation>Сауалнама көлемі</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Жүргізулер</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Бастапқы сан</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Жаңа бастапқы сан</translation>
    </message>
    <message>
        <source>Draw the districts&apos; votes too</source>
        <translation>Округтердегі дауыстарды да ойнату</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Модельдеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Seats (mean)</source>
        <translation>Мандаттар (орташа)</translation>
    </message>
    <message>
        <source>Seats, 5–95 %</source>
        <translation>Мандаттар, 5–95 %</translation>
    </message>
    <message>
        <source>P(pass)</source>
        <translation>P(шек)</translation>
    </message>
    <message>
        <source>P(majority)</source>
        <translation>P(көпшілік)</translation>
    </message>
    <message>
        <source>P(two-thirds)</source>
        <translation>P(үштен екі)</translation>
    </message>
    <message>
        <source> % of each share</source>
        <translation> % әр үлестен</translation>
    </message>
    <message>
        <source> points</source>
        <translation> пункт</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Модельдеу…</translation>
    </message>
    <message>
        <source>The table shows the earlier simulation until this one ends.</source>
        <translation>Бұл модельдеу аяқталғанша кестеде алдыңғысы көрсетіледі.</translation>
    </message>
    <message>
        <source>The simulation failed: {error}</source>
        <translation>Модельдеу сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
        <source>Cancelled; no runs of it are kept.</source>
        <translation>Тоқтатылды; бұл модельдеудің жүргізулері сақталмады.</translation>
    </message>
    <message>
        <source>{runs} run(s) ended in a tie, counted by the odds of a fair lot</source>
        <translation>теңдікпен аяқталған жүргізулер: {runs}, әділ жеребе мүмкіндігімен есептелді</translation>
    </message>
    <message>
        <source>Shown: the earlier simulation, {summary}.</source>
        <translation>Көрсетілген — алдыңғы модельдеу: {summary}.</translation>
    </message>
    <message>
        <source>The figures or settings have changed since: press Simulate to run it again on what is shown now.</source>
        <translation>Содан бері сандар немесе баптаулар өзгерді: қазір көрсетілгенге қайта жүргізу үшін «Модельдеу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Болдырылмады.</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>бастапқы сан {seed}</translation>
    </message>
    <message>
        <source>{runs} runs ended in a tie, counted by the odds of a fair lot</source>
        <translation type="vanished">теңдікпен аяқталған жүргізулер: {runs}, әділ жеребе мүмкіндігімен есептелді</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n жүргізу</numerusform>
            <numerusform>%n жүргізу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаттар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетеньдер</translation>
    </message>
    <message>
        <source>Valid list ballots</source>
        <translation>Жарамды тізімдік бюллетеньдер</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Сайлаушылардың қатысуы</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Өту шегі</translation>
    </message>
    <message>
        <source>Votes needed</source>
        <translation>Қажетті дауыстар</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Parties passed</source>
        <translation>Шектен өткен партиялар</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Бөлу</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>Votes of admitted parties</source>
        <translation>Жіберілген партиялардың дауыстары</translation>
    </message>
    <message>
        <source>The fewest whole votes that pass (the threshold exactly: {exact})</source>
        <translation>Шектен өтуге жететін ең аз бүтін дауыс саны (шектің дәл мәні: {exact})</translation>
    </message>
    <message>
        <source>at least {percent} ({registered} registered; ballots cast not given)</source>
        <translation>кемінде {percent} (сайлаушылар: {registered}; бюллетеньдер саны көрсетілмеген)</translation>
    </message>
    <message>
        <source>{ballots} ballots cast; registered voters not given</source>
        <translation>берілген бюллетеньдер: {ballots}; тіркелген сайлаушылар саны көрсетілмеген</translation>
    </message>
    <message>
        <source>Awaiting a lot</source>
        <translation>Жеребені күтуде</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>Қолданылған баптаулар</translation>
    </message>
    <message>
        <source>Mandate quota</source>
        <translation>Мандат квотасы</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Жастар</translation>
    </message>
    <message>
        <source>Against all leads</source>
        <translation>«Барлығына қарсы» алда болса</translation>
    </message>
    <message>
        <source>Equal remainders</source>
        <translation>Тең қалдықтар</translation>
    </message>
    <message>
        <source>Only one party passes</source>
        <translation>Шектен бір ғана партия өтсе</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Қорытындыны көшіру</translation>
    </message>
    <message>
        <source>Copy the summary as text</source>
        <translation>Қорытындыны мәтін ретінде көшіру</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Нәтиже әлі жоқ</translation>
    </message>
    <message>
        <source>{list} list + {district} district = {total}</source>
        <translation>тізім бойынша {list} + округтер бойынша {district} = {total}</translation>
    </message>
    <message>
        <source>{n} (party votes + against all)</source>
        <translation>{n} (партиялардың дауыстары + барлығына қарсы)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>{percent} of {base}</source>
        <translation>{base} дауыстың {percent}</translation>
    </message>
    <message>
        <source>{passed} of {parties}</source>
        <translation>{parties} ішінен {passed}</translation>
    </message>
    <message>
        <source>{method}: not the law</source>
        <translation>{method}: заңда көзделмеген</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s law distributes list seats by the Hare quota with largest remainders. This method is shown for comparison only.</source>
        <translation>Қазақстан заңы бойынша тізімдік мандаттар бірінші сайлау өлшемі (Хэр квотасы) және ең үлкен қалдықтар бойынша бөлінеді. Бұл әдіс тек салыстыру үшін көрсетілген.</translation>
    </message>
    <message>
        <source>Not the law</source>
        <translation>Заң бойынша емес</translation>
    </message>
    <message>
        <source>none (divisor method)</source>
        <translation>жоқ (бөлгіштер әдісі)</translation>
    </message>
    <message>
        <source>{kind}: {value} votes per seat (= {exact})</source>
        <translation>{kind}: бір мандатқа {value} дауыс (= {exact})</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>қолданылады</translation>
    </message>
    <message>
        <source>information only: not law for this body</source>
        <translation>тек мәлімет үшін: бұл орган үшін заңда белгіленбеген</translation>
    </message>
    <message>
        <source>{percent}, {rounding}; {applies}</source>
        <translation>{percent}, {rounding}; {applies}</translation>
    </message>
    <message>
        <source>younger than {age} on election day</source>
        <translation>сайлау күні {age} жасқа толмаған</translation>
    </message>
    <message>
        <source>no election date given, so ages cannot be checked</source>
        <translation>сайлау күні көрсетілмеген, сондықтан жасты тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Толығын жасыру</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Ballots, quota, seats and every setting used</source>
        <translation>Бюллетеньдер, квота, мандаттар және қолданылған барлық баптаулар</translation>
    </message>
    <message>
        <source>{percent} ({ballots} ballots of {registered} registered voters)</source>
        <translation>{percent} (бюллетеньдер: {ballots}; тіркелген сайлаушылар: {registered})</translation>
    </message>
    <message>
        <source>{winners} by lot between {names}</source>
        <translation>{winners} — жеребе бойынша, қатысушылар: {names}</translation>
    </message>
    <message>
        <source>District {district}: {text}</source>
        <translation>Округ {district}: {text}</translation>
    </message>
    <message>
        <source>(drawn {drawn_on})</source>
        <translation>(жеребе: {drawn_on})</translation>
    </message>
    <message>
        <source>District {district}: {names}</source>
        <translation>Округ {district}: {names}</translation>
    </message>
    <message>
        <source>List tier: {seats} seat(s) between {names}</source>
        <translation>Тізімдер бойынша: даулы мандаттар — {seats}, үміткерлер: {names}</translation>
    </message>
    <message>
        <source>threshold {percent} = {votes} votes</source>
        <translation>өту шегі {percent} = {votes} дауыс</translation>
    </message>
    <message>
        <source>{passed} of {parties} parties passed</source>
        <translation>{parties} партияның {passed} өту шегінен өтті</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}
The window is still usable; the last action had no effect.</source>
        <translation>Бірдеңе дұрыс болмады: {summary}
Терезені әрі қарай пайдалануға болады; соңғы әрекет орындалмады.</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>Толық мәлімет мына файлға жазылды: {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Толық мәліметті көшіру</translation>
    </message>
</context>
<context>
    <name>WarningsView</name>
    <message>
        <source>Warnings and notes</source>
        <translation>Ескертулер мен түсініктемелер</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>No warnings or notes.</source>
        <translation>Ескертулер мен түсініктемелер жоқ.</translation>
    </message>
    <message>
        <source>Errors: {n}</source>
        <translation>Қателер: {n}</translation>
    </message>
    <message>
        <source>Warnings: {n}</source>
        <translation>Ескертулер: {n}</translation>
    </message>
    <message>
        <source>Notes: {n}</source>
        <translation>Түсініктемелер: {n}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Түсініктеме</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <source>Figures as read</source>
        <translation>Файлдағы деректер</translation>
    </message>
    <message>
        <source>Undo every what-if edit in one step</source>
        <translation>«Егер» түзетулерінің бәрін бір қадаммен болдырмау</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source> points</source>
        <translation> пункт</translation>
    </message>
    <message>
        <source>from</source>
        <translation>кімнен</translation>
    </message>
    <message>
        <source>to</source>
        <translation>кімге</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Тізімге дауыстар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлес</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Барлық мандат</translation>
    </message>
    <message>
        <source>± as read</source>
        <translation>± файлға қарай</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Double-click a count or a share to change it; choose a district&apos;s winner in its list. Seats that changed hands are outlined on the hemicycle.</source>
        <translation>Өзгерту үшін дауыс санын немесе үлесті екі рет басыңыз; округ жеңімпазын тізімнен таңдаңыз. Иесі ауысқан мандаттар жарты шеңберде қоршалған.</translation>
    </message>
    <message>
        <source>The figures as read. Edit a count to ask “what if”.</source>
        <translation>Файлдағы деректер. «Егер» деп сұрау үшін санды өзгертіңіз.</translation>
    </message>
    <message>
        <source>Choose the party that loses the votes (“from”).</source>
        <translation>Дауыс жоғалтатын партияны таңдаңыз («кімнен»).</translation>
    </message>
    <message>
        <source>Choose the party that gains the votes (“to”).</source>
        <translation>Дауыс алатын партияны таңдаңыз («кімге»).</translation>
    </message>
    <message>
        <source>“From” and “to” are the same: choose another party.</source>
        <translation>«Кімнен» мен «кімге» — бір партия: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Move the points from {source} to {target}</source>
        <translation>Пункттерді {source} партиясынан {target} партиясына ауыстыру</translation>
    </message>
    <message>
        <source>What-if: no seat changes hands.</source>
        <translation>Егер: бірде-бір мандаттың иесі ауыспайды.</translation>
    </message>
    <message>
        <source>What-if: one seat changes hands.</source>
        <translation>Егер: бір мандаттың иесі ауысады.</translation>
    </message>
    <message>
        <source>What-if: {count} seat(s) change hands.</source>
        <translation>Егер: иесі ауысатын мандаттар: {count}.</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation type="vanished">өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>{party}: {votes} votes</source>
        <translation>{party}: {votes} дауыс</translation>
    </message>
    <message>
        <source>Move {points} points from {source} to {target}</source>
        <translation>{points}: {source} → {target}</translation>
    </message>
    <message>
        <source>District {district}: {candidate} wins</source>
        <translation>{district} округ: {candidate} жеңеді</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open a results workbook (.xlsx)</source>
        <translation>Нәтижелер кітабын ашу (.xlsx)</translation>
    </message>
    <message>
        <source>Open the 2023 Mazhilis &amp;sample</source>
        <translation>2023 Мәжіліс &amp;мысалын ашу</translation>
    </message>
    <message>
        <source>The bundled sample with the official 2023 figures</source>
        <translation>2023 жылғы ресми деректері бар кірістірілген мысал</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Үлгіден жаңа кітап…</translation>
    </message>
    <message>
        <source>Write an empty workbook in the right format and open it</source>
        <translation>Қажетті пішімдегі бос кітапты жазып, оны ашу</translation>
    </message>
    <message>
        <source>&amp;Export results (.xlsx)…</source>
        <translation>&amp;Нәтижелерді экспорттау (.xlsx)…</translation>
    </message>
    <message>
        <source>Write the full result to a new workbook</source>
        <translation>Толық нәтижені жаңа кітапқа жазу</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Диаграмманы экспорттау…</translation>
    </message>
    <message>
        <source>The hemicycle as SVG, PNG or PDF</source>
        <translation>Жартышеңбер SVG, PNG немесе PDF түрінде</translation>
    </message>
    <message>
        <source>Export PDF &amp;report…</source>
        <translation>PDF &amp;есебін экспорттау…</translation>
    </message>
    <message>
        <source>The multi-page report with the audit trail and signatures</source>
        <translation>Есептеу барысы мен қолдары бар көп бетті есеп</translation>
    </message>
    <message>
        <source>&amp;Include saved scenarios</source>
        <translation>Сақ&amp;талған сценарийлерді қосу</translation>
    </message>
    <message>
        <source>Add the scenarios saved beside the workbook to exported results, reports and printouts, each marked as a what-if</source>
        <translation>Кітаптың жанында сақталған сценарийлерді нәтижелер экспортына, есептерге және басып шығаруға қосу; әрқайсысы «егер» деп белгіленеді</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Басып шығаруды алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <source>See the report as it will print</source>
        <translation>Есепті басып шығарылатын түрінде көру</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Кестені көшіру</translation>
    </message>
    <message>
        <source>Copy the table shown to the clipboard (tab-separated)</source>
        <translation>Көрсетілген кестені алмасу буферіне көшіру (табуляция арқылы)</translation>
    </message>
    <message>
        <source>&amp;Forget recorded lots</source>
        <translation>&amp;Жазылған жеребелерді ұмыту</translation>
    </message>
    <message>
        <source>Remove the lot results recorded for this workbook</source>
        <translation>Осы кітап үшін жазылған жеребе нәтижелерін жою</translation>
    </message>
    <message>
        <source>&amp;About kzseats</source>
        <translation>kzseats &amp;туралы</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Not available</source>
        <translation>Қолжетімсіз</translation>
    </message>
    <message>
        <source>This export is not available in this build ({error}).</source>
        <translation>Бұл экспорт осы жинақта қолжетімсіз ({error}).</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>Файлды жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
    <message>
        <source>Table copied to the clipboard</source>
        <translation>Кесте алмасу буферіне көшірілді</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Parties</source>
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округтер</translation>
    </message>
    <message>
        <source>Candidates &amp;&amp; quota</source>
        <translation>Кандидаттар &amp;&amp; квота</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Есептеу барысы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Ескертулер мен түсініктемелер</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>What-if</source>
        <translation>Егер</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарийлер</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Әдістер</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Қорлар</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Белгісіздік</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Баптауларды өзгерту</translation>
    </message>
    <message>
        <source>Back to the figures as read</source>
        <translation>Файлдағы деректерге оралу</translation>
    </message>
    <message>
        <source>The workbench could not analyse the figures shown (the details are in the log): its tabs hold the last figures it analysed, if any. The result tabs are not affected.</source>
        <translation>Көрсетілген сандарды талдау мүмкін болмады (толығы журналда): талдау қойындыларында соңғы талданған сандар, егер болса, көрсетіледі. Нәтиже қойындыларына бұл әсер етпейді.</translation>
    </message>
</context>
<context>
    <name>WorkbookErrorDialog</name>
    <message>
        <source>The workbook cannot be used</source>
        <translation>Кітапты пайдалану мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s) must be fixed before the workbook can be used.</source>
        <translation>
            <numerusform>{file}: кітапты пайдалану үшін %n мәселені түзету қажет.</numerusform>
            <numerusform>{file}: кітапты пайдалану үшін %n мәселені түзету қажет.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ұяшық</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Double-click a problem to see it in full. Ctrl+C copies the selected rows.</source>
        <translation>Мәселені толық көру үшін оны екі рет шертіңіз. Ctrl+C таңдалған жолдарды көшіреді.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Барлығын көшіру</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>kzseats-gui: no display available (DISPLAY and WAYLAND_DISPLAY are not set); to render the window to a picture instead, run: kzseats-gui --screenshot window.png</source>
        <translation>kzseats-gui: дисплей қолжетімсіз (DISPLAY және WAYLAND_DISPLAY орнатылмаған); оның орнына терезені суретке сақтау үшін мынаны орындаңыз: kzseats-gui --screenshot window.png</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>күтпеген қате</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>{dpi} dpi gives an image too large to write.</source>
        <translation>{dpi} dpi кезінде сурет жазу үшін тым үлкен болады.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation type="vanished">{path} жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>Диаграмманы салу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Unknown chart format {suffix}: use .svg, .png or .pdf.</source>
        <translation>Белгісіз диаграмма пішімі {suffix}: .svg, .png немесе .pdf пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The resolution must be above 0 dpi.</source>
        <translation>Ажыратымдылық 0 dpi-ден жоғары болуы керек.</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>мандат</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Көпшілік</translation>
    </message>
    <message>
        <source>Two-thirds</source>
        <translation>Үштен екісі</translation>
    </message>
    <message>
        <source>{label}: {seats}</source>
        <translation>{label}: {seats}</translation>
    </message>
    <message>
        <source>list</source>
        <translation>тізім бойынша</translation>
    </message>
    <message>
        <source>district</source>
        <translation>округтегі</translation>
    </message>
    <message>
        <source>List seat</source>
        <translation>Тізім бойынша мандат</translation>
    </message>
    <message>
        <source>District seat</source>
        <translation>Округтік мандат</translation>
    </message>
    <message>
        <source>{hover} — decided by lot</source>
        <translation>{hover} — жеребемен шешілді</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year} жылғы {day} {month}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <source>{list} + {district} = {total}</source>
        <translation>{list} + {district} = {total}</translation>
    </message>
    <message>
        <source>{total}</source>
        <translation>{total}</translation>
    </message>
    <message>
        <source>{party} — {tier} seat</source>
        <translation>{party} — {tier} мандат</translation>
    </message>
    <message>
        <source>{member} — {party}, {tier} seat</source>
        <translation>{member} — {party}, {tier} мандат</translation>
    </message>
    <message>
        <source>{member} — {party}, district {district}</source>
        <translation>{member} — {party}, округ {district}</translation>
    </message>
    <message>
        <source>{pending} — district {district}</source>
        <translation>{pending} — округ {district}</translation>
    </message>
    <message>
        <source>{pending} — {tier} seat, lot between {between}</source>
        <translation>{pending} — {tier} мандат, жеребе: {between}</translation>
    </message>
    <message>
        <source>{vacant} — {tier} seat of {party}</source>
        <translation>{vacant} — {party} партиясының {tier} мандаты</translation>
    </message>
    <message>
        <source>{seats} seat(s) await a drawing of lots</source>
        <translation>{seats} мандат жеребені күтуде</translation>
    </message>
    <message>
        <source>January</source>
        <translation>қаңтар</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ақпан</translation>
    </message>
    <message>
        <source>March</source>
        <translation>наурыз</translation>
    </message>
    <message>
        <source>April</source>
        <translation>сәуір</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мамыр</translation>
    </message>
    <message>
        <source>June</source>
        <translation>маусым</translation>
    </message>
    <message>
        <source>July</source>
        <translation>шілде</translation>
    </message>
    <message>
        <source>August</source>
        <translation>тамыз</translation>
    </message>
    <message>
        <source>September</source>
        <translation>қыркүйек</translation>
    </message>
    <message>
        <source>October</source>
        <translation>қазан</translation>
    </message>
    <message>
        <source>November</source>
        <translation>қараша</translation>
    </message>
    <message>
        <source>December</source>
        <translation>желтоқсан</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>The {language} translation is missing ({file}): the window shows English.</source>
        <translation>Аударма ({language}) табылмады ({file}): терезе ағылшынша көрсетілді.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Admitted parties: {parties}, with {votes} votes in total.</source>
        <translation>Жіберілген партиялар: {parties}; барлығы {votes} дауыс.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; is given twice (also at {other}). Keep one row.</source>
        <translation>«Барлығына қарсы» екі рет көрсетілген (тағы: {other}). Бір жолды қалдырыңыз.</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) received more votes than the winner ({votes}); the law gives no rule for this, the leading candidate wins.</source>
        <translation type="vanished">Округ {district}: «барлығына қарсы» ({against_all}) жеңімпаздан ({votes}) көп дауыс алды; заңда бұл жағдайға ереже жоқ, алда тұрған кандидат жеңеді.</translation>
    </message>
    <message>
        <source>The ballots cast ({ballots}) are fewer than the valid list ballots ({valid}); check the figures.</source>
        <translation>Берілген бюллетеньдер ({ballots}) жарамды тізімдік бюллетеньдерден ({valid}) аз; сандарды тексеріңіз.</translation>
    </message>
    <message>
        <source>Ballots cast is {ballots}, fewer than the {valid} valid votes (party votes and against all) plus {invalid} invalid ballots. One of the figures is mistyped: correct it.</source>
        <translation>Берілген бюллетеньдер саны {ballots}, бұл {valid} жарамды дауыстан (партияларға және барлығына қарсы) және {invalid} жарамсыз бюллетеньнен аз. Сандардың бірі қате терілген: оны түзетіңіз.</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>болжам</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>тәжірибе</translation>
    </message>
    <message>
        <source>statute</source>
        <translation>заң</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>{candidate} is listed twice in district {district} (also at {other}). Keep one row per candidate.</source>
        <translation>Округ {district}: {candidate} екі рет көрсетілген (тағы: {other}). Әр кандидатқа бір жол қалдырыңыз.</translation>
    </message>
    <message>
        <source>{what} is missing. Every list candidate needs Party, Position and Name.</source>
        <translation>{what} толтырылмаған. Тізімдегі әр кандидатта «Партия», «Нөмір» және «Аты-жөні» болуы керек.</translation>
    </message>
    <message>
        <source>A row without a candidate name. Write the name, or clear the row.</source>
        <translation>Кандидаттың аты-жөні жоқ жол. Аты-жөнін жазыңыз немесе жолды тазартыңыз.</translation>
    </message>
    <message>
        <source>{party} is not on the Parties sheet. Write the party&apos;s name or short name as on the Parties sheet.</source>
        <translation>{party} партиясы «Партиялар» парағында жоқ. Партияның атауын немесе қысқаша атауын «Партиялар» парағындағыдай жазыңыз.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; in district {district} has {votes} votes, exactly the sum of the other candidates, and no party: it looks like a total row. Delete it if it is a total; the workbook is refused until this is clear.</source>
        <translation>{district} округіндегі «{name}» {votes} дауысқа ие — бұл басқа кандидаттардың дәл қосындысы — және партиясы жоқ: қорытынды жолына ұқсайды. Егер бұл қорытынды болса, оны жойыңыз; бұл анықталғанша кітап қабылданбайды.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; in district {district} is a total row, not a candidate: it was left out.</source>
        <translation>{district} округіндегі «{name}» — кандидат емес, қорытынды жолы: ол есепке алынбады.</translation>
    </message>
    <message>
        <source>Candidates are listed for {party}, which is not among the parties.</source>
        <translation>{party} партиясының кандидаттары көрсетілген, бірақ ол партиялар арасында жоқ.</translation>
    </message>
    <message>
        <source>{what} shows the error {value}. Fix the formula or type the value.</source>
        <translation>{what}: {value} қатесі. Формуланы түзетіңіз немесе мәнді енгізіңіз.</translation>
    </message>
    <message>
        <source>The cell holds the formula {formula} but no calculated value was saved. Open the file in Excel or LibreOffice, let it recalculate, and save it (or type the value instead of the formula).</source>
        <translation>Ұяшықта {formula} формуласы бар, бірақ есептелген мәні сақталмаған. Файлды Excel немесе LibreOffice бағдарламасында ашып, қайта есептетіп, сақтаңыз (немесе формуланың орнына мәнді енгізіңіз).</translation>
    </message>
    <message>
        <source>The cell is marked as a number but holds &quot;{text}&quot;; retype the value.</source>
        <translation>Ұяшық сан ретінде белгіленген, бірақ онда «{text}» тұр; мәнді қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The cell reference {ref} is not valid (columns run A to XFD).</source>
        <translation>{ref} ұяшық сілтемесі жарамсыз (бағандар A-дан XFD-ге дейін).</translation>
    </message>
    <message>
        <source>The cell holds text outside any value or inline string; the workbook is damaged. Save it again from Excel or LibreOffice, or retype the cell.</source>
        <translation>Ұяшықта мәннен немесе кірістірілген жолдан тыс мәтін бар; кітап бүлінген. Оны Excel немесе LibreOffice арқылы қайта сақтаңыз не ұяшықты қайта теріңіз.</translation>
    </message>
    <message>
        <source>The cell holds {length} characters of text, more than the {limit} a spreadsheet cell can hold; the file is refused. Shorten the text or move it to a Notes sheet.</source>
        <translation>Ұяшықта {length} таңба мәтін бар — бұл кесте ұяшығы сыятын {limit} таңбадан көп; файл қабылданбады. Мәтінді қысқартыңыз немесе оны «Ескертпелер» парағына көшіріңіз.</translation>
    </message>
    <message>
        <source>{what}: &quot;{value}&quot; is not a value this app knows. Write one of: {choices}.</source>
        <translation>{what}: «{value}» мәні бағдарламаға белгісіз. Мыналардың бірін жазыңыз: {choices}.</translation>
    </message>
    <message>
        <source>{what} must be a colour written as #RRGGBB, such as #1F77B4; &quot;{value}&quot; is not one.</source>
        <translation>{what}: түс #RRGGBB түрінде жазылуы керек, мысалы #1F77B4; «{value}» сәйкес емес.</translation>
    </message>
    <message>
        <source>This column and column {other} are both {column}. Keep one.</source>
        <translation>Бұл баған да, {other} бағаны да — «{column}». Біреуін қалдырыңыз.</translation>
    </message>
    <message>
        <source>Column {column} is hidden but holds data: it was read like any other column. Unhide it to check it.</source>
        <translation>{column} бағаны жасырылған, бірақ деректері бар: ол басқа бағандар сияқты оқылды. Тексеру үшін оны көрсетіңіз.</translation>
    </message>
    <message>
        <source>The header row has no column {column}. Add a header cell with that name (the column order is free).</source>
        <translation>Тақырып жолында {column} бағаны жоқ. Осы атаумен тақырып ұяшығын қосыңыз (бағандар реті еркін).</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; is not part of the format; it was ignored.</source>
        <translation>«{column}» бағаны пішімге кірмейді; ол еленбеді.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not &quot;{value}&quot;. Write a count such as 3431510 or 3 431 510.</source>
        <translation>{what}: «{value}» емес, бүтін сан болуы керек. Санын жазыңыз, мысалы 3431510 немесе 3 431 510.</translation>
    </message>
    <message>
        <source>{what} cannot be negative (&quot;{value}&quot;). Write a whole number of 0 or more, such as 3431510.</source>
        <translation>{what}: мән теріс болмауы керек («{value}»). 0 немесе одан үлкен бүтін сан жазыңыз, мысалы 3431510.</translation>
    </message>
    <message>
        <source>{what} must be a whole number; &quot;{value}&quot; is not one. Write digits only, such as 3431510, 3 431 510 or 3,431,510.</source>
        <translation>{what}: бүтін сан болуы керек, ал «{value}» бүтін сан емес. Тек цифрлар жазыңыз, мысалы 3431510, 3 431 510 немесе 3,431,510.</translation>
    </message>
    <message>
        <source>{what} is the text &quot;{value}&quot;, a number in scientific notation as Excel displays it in a narrow column: the digits it does not show are lost. Type or paste the full number, such as 3431510.</source>
        <translation>{what}: «{value}» мәтіні — Excel тар бағанда көрсететін экспоненциалды жазудағы сан: көрсетілмеген цифрлар жоғалған. Толық санды теріңіз немесе қойыңыз, мысалы 3431510.</translation>
    </message>
    <message>
        <source>{what} must be a date; &quot;{value}&quot; is not one. Format the cell as a date or write 2023-03-19 (or 19.03.2023).</source>
        <translation>{what}: күн болуы керек, ал «{value}» күн емес. Ұяшыққа күн пішімін беріңіз немесе 2023-03-19 (не 19.03.2023) деп жазыңыз.</translation>
    </message>
    <message>
        <source>what-if figures, not the workbook&apos;s: {edits}</source>
        <translation>«егер» деректері, кітаптағыдай емес: {edits}</translation>
    </message>
    <message>
        <source>list seats on a local maslikhat, which has no party-list tier in the law</source>
        <translation>жергілікті мәслихаттағы тізімдік мандаттар, заң бойынша онда партиялық тізім жоқ</translation>
    </message>
    <message>
        <source>the 30 % mandate quota not applied</source>
        <translation>мандаттарды бөлудегі 30 % квота қолданылмаған</translation>
    </message>
    <message>
        <source>the 30 % mandate quota applied to a body the law does not apply it to</source>
        <translation>мандаттарды бөлудегі 30 % квота заң қолданбайтын органға қолданылған</translation>
    </message>
    <message>
        <source>the D&apos;Hondt method instead of the law&apos;s Hare quota</source>
        <translation>заңдағы бірінші сайлау өлшемінің орнына д’Ондт әдісі</translation>
    </message>
    <message>
        <source>the Droop quota instead of the law&apos;s Hare quota</source>
        <translation>заңдағы бірінші сайлау өлшемінің орнына Друп квотасы</translation>
    </message>
    <message>
        <source>the Sainte-Laguë method instead of the law&apos;s Hare quota</source>
        <translation>заңдағы бірінші сайлау өлшемінің орнына Сент-Лагю әдісі</translation>
    </message>
    <message>
        <source>a mandate quota of {percent} % (the law: 30 %)</source>
        <translation>мандаттарды бөлудегі {percent} % квота (заң бойынша: 30 %)</translation>
    </message>
    <message>
        <source>the 30 % quota rounded down (the law says “at least”)</source>
        <translation>30 % квота төмен қарай дөңгелектенген (заңда: «кемінде»)</translation>
    </message>
    <message>
        <source>the 30 % quota rounded half up (the law says “at least”)</source>
        <translation>30 % квота жақын бүтінге дөңгелектенген (заңда: «кемінде»)</translation>
    </message>
    <message>
        <source>remainder ties by lot instead of the earlier-registered list</source>
        <translation>тең қалдықтарды тізімнің ертерек тіркелуі емес, жеребе шешеді</translation>
    </message>
    <message>
        <source>without the 2009 runner-up rule of this body</source>
        <translation>осы органға қолданылған 2009 жылғы екінші партия ережесінсіз</translation>
    </message>
    <message>
        <source>the 2009 runner-up rule, not found in the 2022 law</source>
        <translation>2009 жылғы екінші партия ережесі, заңның 2022 жылғы редакциясында табылмады</translation>
    </message>
    <message>
        <source>{list} list + {district} district seats, not the law&apos;s numbers for this body</source>
        <translation>тізім бойынша {list} + округтер бойынша {district}: бұл органға заңдағы сандар емес</translation>
    </message>
    <message>
        <source>a threshold of {percent} % (the law: {law} %)</source>
        <translation>{percent} % өту шегі (заң бойынша: {law} %)</translation>
    </message>
    <message>
        <source>a threshold base other than the one the election commission used</source>
        <translation>өту шегінің негізі сайлау комиссиясы қолданғаннан басқа</translation>
    </message>
    <message>
        <source>districts where “against all” leads treated as void</source>
        <translation>«барлығына қарсы» алда тұрған округтердегі сайлау жарамсыз / өтпеді деп танылады</translation>
    </message>
    <message>
        <source>youth under {age} (the law: under 29)</source>
        <translation>{age} жасқа дейінгі жастар (заң бойынша: 29-ға дейін)</translation>
    </message>
    <message>
        <source>District &quot;{district}&quot; and district &quot;{other_district}&quot; at {other} are one number written two ways: on paper they are one district, yet read apart they would elect two members. Write the district the same way in every row.</source>
        <translation>«{district}» округі мен {other} ұяшығындағы «{other_district}» округі — екі түрлі жазылған бір нөмір: қағазда бұл бір округ, ал бөлек оқылса, екі депутат сайлар еді. Округті барлық жолда бірдей жазыңыз.</translation>
    </message>
    <message>
        <source>The recorded lot for district {district} ({winners}) does not name one of the tied candidates: {between}.</source>
        <translation>Округ {district} бойынша жазылған жеребе нәтижесі ({winners}) дауыстары тең кандидаттардың бірін атамайды: {between}.</translation>
    </message>
    <message>
        <source>The recorded lot for district {district} ({winners}) was not used: no tie there.</source>
        <translation>Округ {district} бойынша жазылған жеребе нәтижесі ({winners}) пайдаланылмады: онда теңдік жоқ.</translation>
    </message>
    <message>
        <source>Lots required in district {district} between {between}. Record the lot result to finish.</source>
        <translation>Округ {district}: {between} арасында жеребе қажет. Есептеуді аяқтау үшін жеребе нәтижесін жазыңыз.</translation>
    </message>
    <message>
        <source>A candidate row without a district. Write the district number or name.</source>
        <translation>Округі көрсетілмеген кандидат жолы. Округтің нөмірін немесе атауын жазыңыз.</translation>
    </message>
    <message>
        <source>District {district} has votes but no candidates; the seat is pending.</source>
        <translation>Округ {district}: дауыстар бар, бірақ кандидаттар жоқ; мандат анықталмаған.</translation>
    </message>
    <message>
        <source>District {district}: no results yet; the seat is pending.</source>
        <translation>Округ {district}: нәтижелер әлі жоқ; мандат анықталмаған.</translation>
    </message>
    <message>
        <source>District {district}: the seat was decided by lot between {between}: {winner} (drawn: {drawn_on}).</source>
        <translation>Округ {district}: мандат жеребемен шешілді, қатысушылар: {between}; жеңімпаз: {winner} (жеребе: {drawn_on}).</translation>
    </message>
    <message>
        <source>{seats} district seat(s) have no rows in the data and are pending.</source>
        <translation>Деректерде {seats} округтік мандат бойынша жол жоқ; олар анықталмаған.</translation>
    </message>
    <message>
        <source>Districts: {districts}; won by party candidates {party_seats}, by self-nominated {independents}; pending {pending}; waiting for a lot {undecided}.</source>
        <translation>Округтер: {districts}; партия кандидаттары жеңгені — {party_seats}, өзін-өзі ұсынғандар жеңгені — {independents}; анықталмағаны — {pending}; жеребені күтуде — {undecided}.</translation>
    </message>
    <message>
        <source>District {district}: {between} are tied with {votes} votes each.</source>
        <translation>Округ {district}: {between} дауыстары тең — әрқайсысында {votes}.</translation>
    </message>
    <message>
        <source>District {district}: a recorded lot decides the tie ({drawn_on}): {winner}.</source>
        <translation>Округ {district}: теңдікті жазылған жеребе шешеді ({drawn_on}): {winner}.</translation>
    </message>
    <message>
        <source>District {district}: lots required between {between}; the seat is undecided.</source>
        <translation>Округ {district}: {between} арасында жеребе қажет; мандат анықталмаған.</translation>
    </message>
    <message>
        <source>“against all” edited: {before} → {after}</source>
        <translation>«барлығына қарсы» өзгертілді: {before} → {after}</translation>
    </message>
    <message>
        <source>votes of {candidate} in district {district} edited: {before} → {after}</source>
        <translation>{district} округіндегі {candidate} дауыстары өзгертілді: {before} → {after}</translation>
    </message>
    <message>
        <source>list votes of {party} edited: {before} → {after}</source>
        <translation>{party} тізімінің дауыстары өзгертілді: {before} → {after}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>және тағы {count}</translation>
    </message>
    <message>
        <source>This is an Excel Binary Workbook (.xlsb). Save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Бұл Excel екілік кітабы (.xlsb). Оны «Excel кітабы (.xlsx)» ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a chart, report or results workbook written by kzseats; it is not written over. Choose another name, or add --overwrite to replace it.</source>
        <translation>{path} бұрыннан бар және ол kzseats жазған диаграмма, есеп немесе нәтижелер кітабы емес; оның үстіне жазылмайды. Басқа атау таңдаңыз немесе файлды ауыстыру үшін --overwrite қосыңыз.</translation>
    </message>
    <message>
        <source>{path} already exists; a new workbook is never written over one (it may hold someone&apos;s figures). Choose another name, or add --overwrite to replace it.</source>
        <translation>{path} бұрыннан бар; жаңа кітап ешқашан бар кітаптың үстіне жазылмайды (онда біреудің деректері болуы мүмкін). Басқа атау таңдаңыз немесе файлды ауыстыру үшін --overwrite қосыңыз.</translation>
    </message>
    <message>
        <source>&quot;{party}&quot; and the party at {other} differ only in characters that cannot be seen ({chars}): on paper they are one name. Keep one row, or rename one party.</source>
        <translation>«{party}» мен {other} ұяшығындағы партия тек көрінбейтін таңбалармен ерекшеленеді ({chars}): қағазда бұл бір атау. Бір жолды қалдырыңыз немесе бір партияның атын өзгертіңіз.</translation>
    </message>
    <message>
        <source>{what} is {percent} %, less than one percent. If the cell meant {meant} % (a share typed as a fraction, 0.05 for 5 %), write {meant} or format the cell as a percentage; it was read as typed.</source>
        <translation>{what}: {percent} %, бір пайыздан аз. Егер ұяшықта {meant} % меңзелсе (үлес бөлшек түрінде жазылған: 5 % орнына 0,05), {meant} деп жазыңыз немесе ұяшыққа пайыздық пішім беріңіз; мән жазылғандай оқылды.</translation>
    </message>
    <message>
        <source>The same in {cell_count} cells: {cells}.</source>
        <translation>Дәл осылай {cell_count} ұяшықта: {cells}.</translation>
    </message>
    <message>
        <source>The same in {cell_count} cells: {cells} …and {more_cells} more.</source>
        <translation>Дәл осылай {cell_count} ұяшықта: {cells} …және тағы {more_cells}.</translation>
    </message>
    <message>
        <source>Central Election Commission, the 2023 Mazhilis election: every published percentage is of party votes + “against all” (6,366,441); invalid ballots excluded</source>
        <translation>ОСК, 2023 жылғы Мәжіліс сайлауы: жарияланған әр пайыз партиялар дауыстары + «барлығына қарсы» (6 366 441) санынан; жарамсыз бюллетеньдер кірмейді</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) leads the best candidate ({votes}); the district is treated as void and its seat stays pending.</source>
        <translation type="vanished">Округ {district}: «барлығына қарсы» ({against_all}) ең үздік кандидаттан ({votes}) озып тұр; округ жарамсыз деп есептеледі, мандаты анықталмаған күйде қалады.</translation>
    </message>
    <message>
        <source>District {district}: {candidate} ({party}) wins with {votes} votes, margin {margin}.</source>
        <translation>Округ {district}: {candidate} ({party}) жеңеді; дауыстар — {votes}, айырмашылық — {margin}.</translation>
    </message>
    <message>
        <source>District {district}: {candidate} ({party}) takes the seat by lot after a tie at {votes} votes.</source>
        <translation>Округ {district}: {candidate} ({party}) дауыстар тең болғаннан кейін ({votes} дауыс) мандатты жеребе бойынша алады.</translation>
    </message>
    <message>
        <source>District {district}: {candidate} (self-nominated) wins with {votes} votes, margin {margin}.</source>
        <translation>Округ {district}: {candidate} (өзін-өзі ұсынған) жеңеді; дауыстар — {votes}, айырмашылық — {margin}.</translation>
    </message>
    <message>
        <source>{count} districts are listed but there are only {seats} district seats. Remove the extra districts or set District seats on the Election sheet.</source>
        <translation>{count} округ көрсетілген, ал округтік мандаттар тек {seats}. Артық округтерді жойыңыз немесе «Сайлау» парағында «Округтер бойынша мандаттар» мәнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Lowest quotient that won a seat: {lowest_won}; highest that did not: {highest_lost}.</source>
        <translation>Мандат алған ең кіші бөлінді: {lowest_won}; мандат алмаған ең үлкені: {highest_lost}.</translation>
    </message>
    <message>
        <source>{party}: {votes} votes, {seats} seat(s); quotient of its last seat {last_quotient}, of its next seat {next_quotient}.</source>
        <translation>{party}: {votes} дауыс, {seats} мандат; соңғы мандатының бөліндісі — {last_quotient}, келесісінікі — {next_quotient}.</translation>
    </message>
    <message>
        <source>Each seat goes to the largest quotient votes / (seats held + 1).</source>
        <translation>Әр мандат ең үлкен бөліндіге беріледі: дауыстар / (алынған мандаттар + 1).</translation>
    </message>
    <message>
        <source>Each seat goes to the largest quotient votes / (2 x seats held + 1).</source>
        <translation>Әр мандат ең үлкен бөліндіге беріледі: дауыстар / (2 x алынған мандаттар + 1).</translation>
    </message>
    <message>
        <source>The header row must name the columns Setting [Параметр] and Value [Значение].</source>
        <translation>Тақырып жолында «Баптау» [Setting] және «Мән» [Value] бағандары болуы керек.</translation>
    </message>
    <message>
        <source>{setting} cannot be negative ({value}).</source>
        <translation>{setting}: мән теріс болмауы керек ({value}).</translation>
    </message>
    <message>
        <source>{setting} must be between 0 and 100, not {value}.</source>
        <translation>{setting}: мән 0 мен 100 аралығында болуы керек, {value} емес.</translation>
    </message>
    <message>
        <source>{setting} must be given for the body {body}: write its value on the Election sheet (columns Setting and Value).</source>
        <translation>{setting}: {body} органы үшін мән міндетті — оны «Сайлау» парағына жазыңыз («Баптау» және «Мән» бағандары).</translation>
    </message>
    <message>
        <source>The file is empty. Choose the saved workbook, or save it again.</source>
        <translation>Файл бос. Сақталған кітапты таңдаңыз немесе оны қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>This is a folder, not a workbook. Choose an .xlsx file.</source>
        <translation>Бұл кітап емес, қалта. .xlsx файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The file does not exist. Check the name and the folder.</source>
        <translation>Файл жоқ. Атауы мен қалтасын тексеріңіз.</translation>
    </message>
    <message>
        <source>This zip archive holds no workbook (perhaps a Word or other document). Choose the .xlsx results file.</source>
        <translation>Бұл zip мұрағатында кітап жоқ (Word немесе басқа құжат болуы мүмкін). Нәтижелердің .xlsx файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook. Open it in Excel or LibreOffice and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Бұл .xlsx кітабы емес. Оны Excel немесе LibreOffice бағдарламасында ашып, «Excel кітабы (.xlsx)» ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>This is an OpenDocument (.ods) spreadsheet. Save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Бұл OpenDocument (.ods) кестесі. Оны «Excel кітабы (.xlsx)» ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The file cannot be opened: permission denied. Copy it somewhere you may read it.</source>
        <translation>Файлды ашу мүмкін емес: рұқсат жоқ. Оны оқуға рұқсатыңыз бар жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>The file is {size} bytes, more than the {limit} bytes a results workbook may have. Remove sheets the calculation does not need.</source>
        <translation>Файл көлемі — {size} байт, ал нәтижелер кітабы {limit} байттан аспауы керек. Есептеуге қажет емес парақтарды жойыңыз.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Файлды оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 (.xls) file or a password-protected workbook. Save it as &quot;Excel Workbook (.xlsx)&quot; without a password.</source>
        <translation>Бұл ескі Excel 97-2003 (.xls) файлы немесе құпиясөзбен қорғалған кітап. Оны құпиясөзсіз «Excel кітабы (.xlsx)» ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{what} must be F or M (Ж/М, Ә/Е); &quot;{value}&quot; is neither.</source>
        <translation>{what}: F немесе M (Ж/М, Ә/Е) болуы керек; «{value}» сәйкес емес.</translation>
    </message>
    <message>
        <source>The header &quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as the column {meant}.</source>
        <translation>«{written}» тақырыбы ұқсас латын және кирилл әріптерін араластырады ({letters}); {meant} бағаны ретінде оқылды.</translation>
    </message>
    <message>
        <source>{party}: {holders} candidates are marked elected, but the party holds {seats} seats.</source>
        <translation>{party}: {holders} кандидат сайланды деп белгіленген, ал партияда {seats} мандат бар.</translation>
    </message>
    <message>
        <source>Self-nominated district winners: {seats}.</source>
        <translation>Округтерде жеңген өзін-өзі ұсынғандар: {seats}.</translation>
    </message>
    <message>
        <source>{party}: {votes} / quota = {quotas}; integer part: {seats}.</source>
        <translation>{party}: {votes} / квота = {quotas}; бүтін бөлігі: {seats}.</translation>
    </message>
    <message>
        <source>Integer parts give {seats} seat(s); {leftover} left over for the remainders.</source>
        <translation>Бүтін бөліктер бойынша {seats} мандат бөлінді; қалдықтар бойынша {leftover} мандат қалды.</translation>
    </message>
    <message>
        <source>{seats} of the {leftover} leftover seats went by remainder to: {parties}.</source>
        <translation>Қалған {leftover} мандаттың {seats} мандаты қалдықтар бойынша берілді: {parties}.</translation>
    </message>
    <message>
        <source>{basis}: {source}</source>
        <translation>{basis}: {source}</translation>
    </message>
    <message>
        <source>{party}: list of {length} names, {eligible} eligible (share ok: {eligible_ok}); at most {max_length} names allowed (ok: {length_ok}).</source>
        <translation>{party}: тізімде {length} кандидат, оның ішінде квоталық санаттағы — {eligible} (үлесі сәйкес: {eligible_ok}); ең көбі {max_length} кандидатқа рұқсат (сәйкес: {length_ok}).</translation>
    </message>
    <message>
        <source>{party}: only {eligible} of {length} list candidates count toward the {percent} % quota.</source>
        <translation>{party}: тізімдегі {length} кандидаттың ішінен {percent} % квотаға тек {eligible} кандидат есептеледі.</translation>
    </message>
    <message>
        <source>{party} won {won} list seats but its list has only {candidates} candidates: {vacant} seat(s) stay vacant.</source>
        <translation>{party} тізім бойынша {won} мандат алды, бірақ тізімінде тек {candidates} кандидат бар: {vacant} мандат бос қалады.</translation>
    </message>
    <message>
        <source>{party}: {seats} list seat(s).</source>
        <translation>{party}: тізім бойынша {seats} мандат.</translation>
    </message>
    <message>
        <source>A local maslikhat has no party-list tier in the law; the {seats} list seats here are a what-if, not the law.</source>
        <translation>Заң бойынша жергілікті мәслихатта партиялық тізім жоқ; мұндағы тізім бойынша {seats} мандат — модельдеу, заң емес.</translation>
    </message>
    <message>
        <source>List seats given: {seats} of {of} ({undecided} waiting for a lot).</source>
        <translation>Тізім бойынша бөлінген мандаттар: {of} ішінен {seats} (жеребені күтуде: {undecided}).</translation>
    </message>
    <message>
        <source>{seats} list seats are left vacant.</source>
        <translation>Тізім бойынша {seats} мандат бос қалады.</translation>
    </message>
    <message>
        <source>Tie: {between} have equal standings ({standing}) for {seats} seat(s).</source>
        <translation>Теңдік: {between} көрсеткіштері тең ({standing}); даулы мандаттар: {seats}.</translation>
    </message>
    <message>
        <source>{party}: the list has {length} names; at most {max_length} are allowed.</source>
        <translation>{party}: тізімде {length} кандидат; ең көбі {max_length} кандидатқа рұқсат етіледі.</translation>
    </message>
    <message>
        <source>{what} has {given} here but {summed} in total on the {sheet_name} sheet. Make the two agree, or leave this cell blank to use the {sheet_name} total.</source>
        <translation>{what}: мұнда {given}, ал {sheet_name} парағындағы жиыны — {summed}. Екеуін сәйкестендіріңіз немесе {sheet_name} парағының жиынын алу үшін бұл ұяшықты бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; holds counts but matches no party on the Parties sheet ({parties}). Rename it to a party&apos;s name or short name, or add the party to the Parties sheet.</source>
        <translation>«{column}» бағанында сандар бар, бірақ ол «Партиялар» парағындағы бірде-бір партияға сәйкес келмейді ({parties}). Оны партияның атауына немесе қысқаша атауына өзгертіңіз не партияны «Партиялар» парағына қосыңыз.</translation>
    </message>
    <message>
        <source>{rows} rows of list votes were summed.</source>
        <translation>Тізімдер бойынша дауыстардың {rows} жолы қосылды.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; is a total of the parties&apos; columns, not a party: it was not summed.</source>
        <translation>«{column}» бағаны — партиялар бағандарының қорытындысы, партия емес: ол қосылмады.</translation>
    </message>
    <message>
        <source>Row {row} (&quot;{name}&quot;) is a total of the rows above, not a region or polling station: it was left out of the sums.</source>
        <translation>{row}-жол («{name}») — өңір немесе учаске емес, жоғарыдағы жолдардың қорытындысы: ол қосындыға кірмеді.</translation>
    </message>
    <message>
        <source>The recorded lot ({winners}) does not decide the tie between {between} for {seats} seat(s): it must name {seats} of the tied parties.</source>
        <translation>Жазылған жеребе нәтижесі ({winners}) {between} арасындағы {seats} мандат үшін теңдікті шешпейді: тең партиялардың ішінен {seats} партия аталуы керек.</translation>
    </message>
    <message>
        <source>The recorded list lot ({winners}) was not used: no list tie needed it.</source>
        <translation>Тізімдер бойынша жазылған жеребе нәтижесі ({winners}) пайдаланылмады: тізімдерде теңдік жоқ.</translation>
    </message>
    <message>
        <source>Lots required: {between} are tied for {seats} list seat(s). Record the lot result to finish.</source>
        <translation>Жеребе қажет: {between} арасында теңдік, тізім бойынша даулы мандаттар: {seats}. Есептеуді аяқтау үшін жеребе нәтижесін жазыңыз.</translation>
    </message>
    <message>
        <source>{party}: quota {percent} % of {seats} seats = {required} required; the chosen holders include {filled} eligible (list: {eligible} eligible); met: {met}.</source>
        <translation>{party}: квота {seats} мандаттың {percent} %-ы = {required} қажет; таңдалған мандат иелерінің ішінде квоталық санаттағы — {filled} (тізімде — {eligible}); орындалды: {met}.</translation>
    </message>
    <message>
        <source>{party}: quota {percent} % of {seats} seats = {required} required; the suggested holders include {filled} eligible (list: {eligible} eligible); met: {met}.</source>
        <translation type="vanished">{party}: квота {seats} мандаттың {percent} %-ы = {required} қажет; ұсынылған мандат иелерінің ішінде квоталық санаттағы — {filled} (тізімде — {eligible}); орындалды: {met}.</translation>
    </message>
    <message>
        <source>Method: D&apos;Hondt (divisors 1, 2, 3, ...), {seats} list seats.</source>
        <translation>Әдіс: Д’Ондт (бөлгіштер 1, 2, 3, ...); тізім бойынша {seats} мандат.</translation>
    </message>
    <message>
        <source>Method: Droop quota, largest remainders, {seats} list seats.</source>
        <translation>Әдіс: Друп квотасы, ең үлкен қалдықтар; тізім бойынша {seats} мандат.</translation>
    </message>
    <message>
        <source>Method: Hare quota, largest remainders (the law), {seats} list seats.</source>
        <translation>Әдіс: бірінші сайлау өлшемі (Хэр квотасы), ең үлкен қалдықтар (заң бойынша); тізім бойынша {seats} мандат.</translation>
    </message>
    <message>
        <source>The method {method} is not the law (the law is the Hare quota, largest remainders); this result is for comparison only.</source>
        <translation>{method} әдісі заңда көзделмеген (заң бойынша — бірінші сайлау өлшемі, ең үлкен қалдықтар); бұл нәтиже тек салыстыру үшін.</translation>
    </message>
    <message>
        <source>No party reached the threshold. No rule found in the law for this case (the app leaves all {seats} list seats vacant).</source>
        <translation>Бірде-бір партия өту шегінен өтпеді. Заңнан бұл жағдайға ереже табылмады (бағдарлама тізім бойынша барлық {seats} мандатты бос қалдырады).</translation>
    </message>
    <message>
        <source>This is a comparison, not the legal result ({departures}). It cannot be signed as the result of the election.</source>
        <translation>Бұл салыстыру, заң бойынша нәтиже емес ({departures}). Оған сайлау қорытындысы ретінде қол қоюға болмайды.</translation>
    </message>
    <message>
        <source>NOT THE LAW — a comparison: {departures}</source>
        <translation>ЗАҢ БОЙЫНША ЕМЕС — салыстыру: {departures}</translation>
    </message>
    <message>
        <source>NOT THE LAW — a comparison</source>
        <translation>ЗАҢ БОЙЫНША ЕМЕС — салыстыру</translation>
    </message>
    <message>
        <source>First electoral quotient (Hare quota): {votes} admitted votes / {seats} seats = {quota} votes per seat.</source>
        <translation>Бірінші сайлау өлшемі (Хэр квотасы): жіберілген партиялардың дауыстары {votes} / мандаттар {seats} = бір мандатқа {quota} дауыс.</translation>
    </message>
    <message>
        <source>{party}: suggestion: {candidate} (list place {position}) moved in to meet the quota; the party&apos;s governing body chooses.</source>
        <translation>{party}: ұсыныс: {candidate} (тізімдегі орны {position}) квотаны орындау үшін енгізілді; партияның басшы органы шешеді.</translation>
    </message>
    <message>
        <source>More seats are left over than parties: every party takes {rounds} in full rounds (the app&apos;s own rule, not the law).</source>
        <translation>Қалған мандаттар партиялардан көп: әр партия толық айналымдармен {rounds} алады (бағдарламаның өз ережесі, заң емес).</translation>
    </message>
    <message>
        <source>no rule found in the law for “against all” leading a district: the leading candidate wins and the result warns (a CEC official said, of the presidential election, it is no ground for a re-run)</source>
        <translation>округте «барлығына қарсы» алда болған жағдайға заңнан ереже табылмады: алда тұрған кандидат жеңеді, нәтиже ескертеді (ОСК өкілі Президент сайлауы туралы: бұл қайта сайлауға негіз емес)</translation>
    </message>
    <message>
        <source>a setting: the district is treated as void pending a repeat election (the law&apos;s words for void elections: «недействительными / несостоявшимися»); a what-if, not the law</source>
        <translation>баптау: округтегі сайлау қайта сайлауға дейін жарамсыз / өтпеді деп танылады (заң сөздері: «недействительными / несостоявшимися»); модельдеу, заң емес</translation>
    </message>
    <message>
        <source>a district without results is not guessed: its seat is shown as pending</source>
        <translation>нәтижесі жоқ округ болжанбайды: оның мандаты анықталмаған деп көрсетіледі</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): in a single-member district the candidate with the most votes is elected, one round, no minimum turnout</source>
        <translation>«Сайлау туралы» Конституциялық заң (2022): бір мандатты округте ең көп дауыс алған кандидат сайланады, бір турда, ең төменгі келу шегінсіз</translation>
    </message>
    <message>
        <source>no rule found in the law for equal leading candidates: the seat waits for a drawing of lots recorded by the commission</source>
        <translation>алда тұрған кандидаттардың дауыстары тең болған жағдайға заңнан ереже табылмады: мандат комиссия жазатын жеребені күтеді</translation>
    </message>
    <message>
        <source>the app&apos;s own rule: when more seats are left over than lists, every list takes one seat per full round before the remainders decide the last round</source>
        <translation>бағдарламаның өз ережесі: қалған мандаттар тізімдерден көп болса, әр тізім әр толық айналымда бір мандат алады, соңғы айналымды қалдықтар шешеді</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): the party&apos;s governing body chooses which list candidates take its seats, within 10 days, not necessarily in list order</source>
        <translation>«Сайлау туралы» Конституциялық заң (2022): партияның басшы органы 10 күн ішінде оның мандаттарын тізімнің қай кандидаттары алатынын шешеді, міндетті түрде тізім ретімен емес</translation>
    </message>
    <message>
        <source>the app&apos;s suggestion, not a decision: list order, with the best-placed eligible candidates swapped in until the quota holds; the party&apos;s governing body chooses</source>
        <translation>бағдарламаның ұсынысы, шешім емес: тізім реті, квота орындалғанша ең жоғары орындағы сәйкес кандидаттар енгізіледі; партияның басшы органы шешеді</translation>
    </message>
    <message>
        <source>Art. 97-1: each list takes the integer part of its votes / the first quotient; the seats left go one each to the largest remainders</source>
        <translation>97-1-бап: әр тізім өз дауыстарын бірінші сайлау өлшеміне бөлгендегі бүтін бөлікті алады; қалған мандаттар бір-бірден ең үлкен қалдықтарға беріледі</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): women, youth and persons with disabilities together at least 30 % of a party list</source>
        <translation>«Сайлау туралы» Конституциялық заң (2022): әйелдер, жастар және мүгедектігі бар адамдар бірге партиялық тізімнің кемінде 30 %-ы</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): a party list at most 130 % of the seats to distribute</source>
        <translation>«Сайлау туралы» Конституциялық заң (2022): партиялық тізім бөлінетін мандаттардың 130 %-ынан аспайды</translation>
    </message>
    <message>
        <source>Central Election Commission: 90 names for 69 seats (2023); 127 for 98 seats (2016, 2021): 130 % rounded to the nearest whole number fits both</source>
        <translation>ОСК: 69 мандатқа 90 адам (2023); 98 мандатқа 127 адам (2016, 2021): екеуіне де жақын бүтінге дөңгелектенген 130 % сәйкес</translation>
    </message>
    <message>
        <source>a setting: list seats on a local maslikhat, which has no party-list tier in the law; a what-if, not the law</source>
        <translation>баптау: жергілікті мәслихаттағы тізімдік мандаттар, заң бойынша онда партиялық тізім жоқ; модельдеу, заң емес</translation>
    </message>
    <message>
        <source>no rule found in the law for list seats without any list votes: they are left vacant</source>
        <translation>тізімге дауыс жоқ тізімдік мандаттарға заңнан ереже табылмады: олар бос қалады</translation>
    </message>
    <message>
        <source>older text of the law (IPU summary): seats a list has no candidates for stay vacant; not confirmed for the 2022 text</source>
        <translation>заңның бұрынғы редакциясы (ПОО шолуы): тізімде кандидаты жоқ мандаттар бос қалады; 2022 жылғы редакция үшін расталмаған</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as amended in 2022: district and city maslikhats are elected in single-member districts only, with no party-list tier</source>
        <translation>«Сайлау туралы» Конституциялық заң, 2022 жылғы редакция: аудандық және қалалық мәслихаттар тек бір мандатты округтер бойынша сайланады, партиялық тізімсіз</translation>
    </message>
    <message>
        <source>Art. 97-1 para 5 (2022): women, youth and persons with disabilities together at least 30 % of a party&apos;s mandate holders; each person counts once (Mazhilis)</source>
        <translation>97-1-бап 5-тармақ (2022): әйелдер, жастар және мүгедектігі бар адамдар бірге партия мандат иелерінің кемінде 30 %-ы; әр адам бір рет есептеледі (Мәжіліс)</translation>
    </message>
    <message>
        <source>Art. 97-1 para 5 (2022) says “at least” 30 %: the required number is rounded up (40 seats → 12)</source>
        <translation>97-1-бап 5-тармақ (2022) «кемінде» 30 % дейді: қажетті сан жоғары қарай дөңгелектенеді (40 мандат → 12)</translation>
    </message>
    <message>
        <source>a setting: a percentage or rounding other than “at least 30 %” (rounding down can certify less than 30 %); a what-if, not the law</source>
        <translation>баптау: «кемінде 30 %»-дан басқа пайыз не дөңгелектеу (төмен дөңгелектеу 30 %-дан азын орындалды деп көрсетуі мүмкін); модельдеу, заң емес</translation>
    </message>
    <message>
        <source>the threshold and quota rules of Art. 97-1 are the Mazhilis article; the app applies the same 5 % and first quotient to regional maslikhat lists (their own article was not checked)</source>
        <translation>97-1-баптың өту шегі мен өлшем ережелері Мәжіліске қатысты; бағдарлама сол 5 % пен бірінші сайлау өлшемін облыстық мәслихат тізімдеріне де қолданады (олардың өз бабы тексерілмеген)</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as in force 2007–2021: 98 deputies by party list nationwide (9 more chosen by the Assembly of the People, not elected)</source>
        <translation>«Сайлау туралы» Конституциялық заң, 2007–2021 жылдардағы редакция: бүкіл ел бойынша партиялық тізіммен 98 депутат (тағы 9-ын Халық Ассамблеясы сайлады, сайлауда емес)</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as amended in 2022: 98 deputies, 69 by party list in one nationwide constituency, 29 in single-member districts (applied at the 2023 election)</source>
        <translation>«Сайлау туралы» Конституциялық заң, 2022 жылғы редакция: 98 депутат, 69-ы бірыңғай жалпыұлттық округте партиялық тізіммен, 29-ы бір мандатты округтерде (2023 жылғы сайлауда қолданылды)</translation>
    </message>
    <message>
        <source>a comparison method, not the law: D&apos;Hondt, divisors 1, 2, 3, …</source>
        <translation>салыстыру әдісі, заң емес: д’Ондт, бөлгіштер 1, 2, 3, …</translation>
    </message>
    <message>
        <source>a comparison method, not the law: Droop quota (votes / (seats + 1), rounded down, + 1) with largest remainders</source>
        <translation>салыстыру әдісі, заң емес: Друп квотасы (дауыстар / (мандаттар + 1), төмен дөңгелектеу, + 1) және ең үлкен қалдықтар</translation>
    </message>
    <message>
        <source>a comparison method, not the law: Sainte-Laguë, divisors 1, 3, 5, …</source>
        <translation>салыстыру әдісі, заң емес: Сент-Лагю, бөлгіштер 1, 3, 5, …</translation>
    </message>
    <message>
        <source>no rule found in the law for no list passing the threshold: the list seats are left vacant and the result says so</source>
        <translation>бірде-бір тізім өту шегінен өтпеген жағдайға заңнан ереже табылмады: тізімдік мандаттар бос қалады, нәтиже мұны айтады</translation>
    </message>
    <message>
        <source>Art. 97-1: the votes of the admitted lists divided by the list seats give the first electoral quotient («первое избирательное частное»); reproduces 2016, 2021 and 2023</source>
        <translation>97-1-бап: жіберілген тізімдердің дауыстарын мандаттар санына бөлгенде бірінші сайлау өлшемі шығады; 2016, 2021 және 2023 жылдарды қайталайды</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as amended in 2022: half the seats by region-wide party list, half in single-member districts; the numbers are set by the election commission (no rule found for an odd total)</source>
        <translation>«Сайлау туралы» Конституциялық заң, 2022 жылғы редакция: мандаттардың жартысы облыстық партиялық тізіммен, жартысы бір мандатты округтерде; сандарды сайлау комиссиясы белгілейді (тақ жиынға ереже табылмады)</translation>
    </message>
    <message>
        <source>the 2009 text (IPU summary): at equal remainders the list registered earlier wins; not confirmed for the 2022 text</source>
        <translation>2009 жылғы редакция (ПОО шолуы): қалдықтар тең болса, ертерек тіркелген тізім жеңеді; 2022 жылғы редакция үшін расталмаған</translation>
    </message>
    <message>
        <source>Art. 97(2)–(3) as of 2009: when only one list passes, the next list takes part too; its votes / the first quotient × correction index 0.7; it takes at least two seats (IPU); not found in the 2022 text</source>
        <translation>97-бап 2–3-тармақ, 2009 жылғы редакция: өту шегінен бір ғана тізім өтсе, келесі тізім де жіберіледі; оның дауыстары / бірінші сайлау өлшемі × 0,7 түзету индексі; ол кемінде екі мандат алады (ПОО); 2022 жылғы редакцияда табылмады</translation>
    </message>
    <message>
        <source>the 2009 text found does not say who takes the seats left after the 0.7 correction: the app gives them by largest remainders, one per list per round</source>
        <translation>табылған 2009 жылғы редакция 0,7 түзетуден кейін қалған мандаттарды кім алатынын айтпайды: бағдарлама оларды ең үлкен қалдықтар бойынша, әр айналымда бір тізімге біреуден береді</translation>
    </message>
    <message>
        <source>Art. 97-1 (2022): a party list takes part with 5 % or more (“five and more percent”) of the votes of the voters who took part; compared exactly, 5.000 % passes</source>
        <translation>97-1-бап (2022): партиялық тізім дауысқа қатысқан сайлаушылар дауысының 5 % және одан көбін («бес және одан да көп пайыз») алса жіберіледі; дәл салыстырылады, 5,000 % өтеді</translation>
    </message>
    <message>
        <source>the law as in force 2007–2021 (Art. 97(1) in the 2009 text): a party list takes part with 7 % or more of the votes of the voters who took part</source>
        <translation>2007–2021 жылдардағы заң (2009 жылғы редакцияның 97-бабы 1-тармағы): партиялық тізім дауысқа қатысқан сайлаушылар дауысының 7 % және одан көбін алса жіберіледі</translation>
    </message>
    <message>
        <source>a setting: ballots cast, invalid ones included; the Central Election Commission did not compute the 2023 percentages so</source>
        <translation>баптау: берілген бюллетеньдер, жарамсыздарын қоса; ОСК 2023 жылғы пайыздарды бұлай есептеген жоқ</translation>
    </message>
    <message>
        <source>Central Election Commission, Mazhilis elections before 2021 (no “against all” on the list ballot): percentages of party votes</source>
        <translation>ОСК, 2021 жылға дейінгі Мәжіліс сайлаулары (тізім бюллетенінде «барлығына қарсы» болмаған): партияларға берілген дауыстардан пайыз</translation>
    </message>
    <message>
        <source>Central Election Commission, Mazhilis 2023: every published percentage is of party votes + “against all” (6,366,441); invalid ballots excluded</source>
        <translation type="vanished">ОСК, Мәжіліс 2023: жарияланған әр пайыз партиялар дауыстары + «барлығына қарсы» (6 366 441) санынан; жарамсыз бюллетеньдер кірмейді</translation>
    </message>
    <message>
        <source>a setting: a threshold other than the law&apos;s for this body; a what-if, not the law</source>
        <translation>баптау: бұл органға заңда белгіленгеннен басқа өту шегі; модельдеу, заң емес</translation>
    </message>
    <message>
        <source>no rule found in the law for equal standings without a registration order: the seat waits for a drawing of lots recorded by the commission</source>
        <translation>тіркелу реті жоқ тең көрсеткіштерге заңнан ереже табылмады: мандат комиссия жазатын жеребені күтеді</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): youth are persons who have not reached 29 on election day (a 2023 party statement said “under 35”)</source>
        <translation>«Сайлау туралы» Конституциялық заң (2022): жастар — сайлау күні 29 жасқа толмаған адамдар (2023 жылғы партия мәлімдемесінде «35-ке дейін»)</translation>
    </message>
    <message>
        <source>a setting: a youth age limit other than 29; a what-if, not the law</source>
        <translation>баптау: жастар жасының шегі 29-дан басқа; модельдеу, заң емес</translation>
    </message>
    <message>
        <source>Only one party passed: the runner-up {party} ({votes} votes) takes part too (2009 text, Art. 97(2)–(3)).</source>
        <translation>Өту шегінен бір ғана партия өтті: дауыс саны бойынша екінші {party} ({votes}) да жіберіледі (2009 жылғы редакция, 97-бап 2–3-тармақ).</translation>
    </message>
    <message>
        <source>{party} (runner-up): {votes} / quota = {quotas}, × correction index 0.7 = {corrected}; integer part: {seats}.</source>
        <translation>{party} (екінші партия): {votes} / өлшем = {quotas}, × 0,7 түзету индексі = {corrected}; бүтін бөлігі: {seats}.</translation>
    </message>
    <message>
        <source>{leftover} seat(s) left after the 0.7 correction go by largest remainders (the app&apos;s own rule: the 2009 text found does not say).</source>
        <translation>0,7 түзетуден кейін қалған мандаттар ({leftover}) ең үлкен қалдықтар бойынша бөлінеді (бағдарламаның өз ережесі: табылған 2009 жылғы редакция бұл туралы айтпайды).</translation>
    </message>
    <message>
        <source>{party} (runner-up) takes at least two seats (2009 text): {seats} seats.</source>
        <translation>{party} (екінші партия) кемінде екі мандат алады (2009 жылғы редакция): {seats}.</translation>
    </message>
    <message>
        <source>Several parties share the runner-up place and were all admitted: {parties} (no rule found in the law for this case).</source>
        <translation>Екінші орынды бірнеше партия бөліседі, бәрі жіберілді: {parties} (заңнан бұл жағдайға ереже табылмады).</translation>
    </message>
    <message>
        <source>it changes the votes of {candidate} in district {district}, and the workbook has no such candidate there</source>
        <translation>онда {district} округіндегі {candidate} кандидатының дауыстары өзгертілген, ал жұмыс кітабында ол округте мұндай кандидат жоқ</translation>
    </message>
    <message>
        <source>it changes votes in district {district}, and the workbook has no such district</source>
        <translation>онда {district} округіндегі дауыстар өзгертілген, ал жұмыс кітабында мұндай округ жоқ</translation>
    </message>
    <message>
        <source>it changes the list votes of {party}, and the workbook has no party list of that name</source>
        <translation>онда {party} тізімінің дауыстары өзгертілген, ал жұмыс кітабында мұндай атаулы партиялық тізім жоқ</translation>
    </message>
    <message>
        <source>Decided by lot between {between}: {winners} (drawn: {drawn_on}).</source>
        <translation>Жеребемен шешілді, қатысушылар: {between}; жеңімпаз: {winners} (жеребе: {drawn_on}).</translation>
    </message>
    <message>
        <source>Threshold: {percent} % of {base} = {votes} votes exactly; a party needs at least {min_votes} whole votes.</source>
        <translation>Өту шегі: {base} дауыстың {percent} %-ы = дәл {votes} дауыс; партияға кемінде {min_votes} бүтін дауыс қажет.</translation>
    </message>
    <message>
        <source>The earlier-registered list wins the tie ({orders}): {winners}. This rule comes from the 2009 text of the law; it is not confirmed for the 2022 text.</source>
        <translation>Теңдік кезінде ертерек тіркелген тізім жеңеді ({orders}): {winners}. Бұл ереже заңның 2009 жылғы редакциясынан; 2022 жылғы редакция үшін расталмаған.</translation>
    </message>
    <message>
        <source>Method: Sainte-Laguë (divisors 1, 3, 5, ...), {seats} list seats.</source>
        <translation>Әдіс: Сент-Лагю (бөлгіштер 1, 3, 5, ...); тізім бойынша {seats} мандат.</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) received more votes than the winner ({votes}). No rule found in the law for this case; the leading candidate wins.</source>
        <translation>Округ {district}: «барлығына қарсы» ({against_all}) жеңімпаздан ({votes}) көп дауыс алды. Заңнан бұл жағдайға ереже табылмады; алда тұрған кандидат жеңеді.</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) leads the best candidate ({votes}); as a what-if (not the law) the election in the district is treated as void and its seat stays pending.</source>
        <translation>Округ {district}: «барлығына қарсы» ({against_all}) ең үздік кандидаттан ({votes}) озып тұр; модельдеуде (заң бойынша емес) округтегі сайлау жарамсыз / өтпеді деп танылады, мандаты бос қалады.</translation>
    </message>
    <message>
        <source>{party}: quota {percent} % of {seats} seats = {required} required; the suggested holders include {filled} eligible (list: {eligible} eligible); met: {met}. The party&apos;s governing body chooses; this is a suggestion.</source>
        <translation>{party}: {seats} мандаттың {percent} % квотасы = {required} қажет; ұсынылған мандат иелерінің ішінде {filled} сәйкес (тізімде: {eligible}); орындалды: {met}. Партияның басшы органы шешеді; бұл тек ұсыныс.</translation>
    </message>
    <message>
        <source>The data has {districts} districts but there are only {seats} district seats; check the settings.</source>
        <translation>Деректерде {districts} округ бар, ал округтік мандаттар тек {seats}; баптауларды тексеріңіз.</translation>
    </message>
    <message>
        <source>... and {count} more problems.</source>
        <translation>... және тағы {count} мәселе.</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as {meant}.</source>
        <translation>«{written}» ұқсас латын және кирилл әріптерін араластырады ({letters}); {meant} ретінде оқылды.</translation>
    </message>
    <message>
        <source>The admitted parties have no votes; the {seats} list seats are left vacant.</source>
        <translation>Жіберілген партияларда дауыс жоқ; тізім бойынша {seats} мандат бос қалады.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but no party-list votes; the list seats are left vacant.</source>
        <translation>Тізім бойынша {seats} мандат бар, бірақ партиялық тізімдерге дауыс жоқ; тізімдік мандаттар бос қалады.</translation>
    </message>
    <message>
        <source>No party reached the threshold; the law gives no rule for this case. All {seats} list seats are left vacant.</source>
        <translation type="vanished">Бірде-бір партия өту шегінен өтпеді; заңда бұл жағдайға ереже жоқ. Тізім бойынша барлық {seats} мандат бос қалады.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full ({reason}). Any earlier file of that name is unchanged.</source>
        <translation>{path} жазу мүмкін болмады: диск толы ({reason}). Осы атаудағы бұрынғы файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}). Any earlier file of that name is unchanged.</source>
        <translation>{path} жазу мүмкін болмады ({reason}). Осы атаудағы бұрынғы файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>{path} жазу мүмкін болмады: {folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the output a file name.</source>
        <translation>{path} — қалта. Шығыс файлының атауын беріңіз.</translation>
    </message>
    <message>
        <source>{path} is the input workbook {source} (or a link to it); it is never written over. Choose another output file.</source>
        <translation>{path} — бастапқы {source} кітабы (немесе оған сілтеме); ол ешқашан қайта жазылмайды. Басқа шығыс файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} cannot be written: no permission to write in {folder} ({reason}). Choose a folder you may write to.</source>
        <translation>{path} жазу мүмкін болмады: {folder} қалтасына жазуға рұқсат жоқ ({reason}). Жазуға болатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The workbook lacks its part {part}; it is damaged. Save it again as .xlsx.</source>
        <translation>Кітапта {part} бөлігі жоқ; ол зақымдалған. Оны қайтадан .xlsx ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Part {part} is compressed {ratio} times, more than the {limit} times a real workbook is; the file is refused as a possible zip bomb.</source>
        <translation>{part} бөлігі {ratio} есе сығылған, ал нақты кітап {limit} еседен артық сығылмайды; файл ықтимал zip-бомба ретінде қабылданбады.</translation>
    </message>
    <message>
        <source>Part {part} unpacks to {size} bytes, more than the limit of {limit}. The file is refused; a results workbook is far smaller.</source>
        <translation>{part} бөлігі {size} байтқа ашылады, бұл {limit} шегінен көп. Файл қабылданбады: нәтижелер кітабы әлдеқайда кіші.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but this sheet lists no party. Add one row per party.</source>
        <translation>Тізім бойынша {seats} мандат бар, бірақ бұл парақта бірде-бір партия жоқ. Әр партияға бір жол қосыңыз.</translation>
    </message>
    <message>
        <source>{party} is on no list (not on the Parties sheet): it is taken as a party with district seats only.</source>
        <translation>{party} партиясы ешбір тізімде жоқ («Партиялар» парағында жоқ): ол тек округтік мандаттары бар партия ретінде алынады.</translation>
    </message>
    <message>
        <source>{party} is listed twice (also at {other}). Each party, and each short name, appears once.</source>
        <translation>{party} партиясы екі рет көрсетілген (тағы: {other}). Әр партия және әр қысқаша атау бір рет көрсетіледі.</translation>
    </message>
    <message>
        <source>{party}: {votes} votes = {percent} % — below the threshold, takes no list seat.</source>
        <translation>{party}: {votes} дауыс = {percent} % — өту шегінен төмен, тізім бойынша мандат алмайды.</translation>
    </message>
    <message>
        <source>The party &quot;{written}&quot; differs from {party} only in look-alike Latin/Cyrillic letters ({letters}); did you mean {party}? It was counted as {party}. Retype the name to be sure.</source>
        <translation>«{written}» партиясы {party} партиясынан тек ұқсас латын/кирилл әріптерімен ерекшеленеді ({letters}); {party} деп айтқыңыз келді ме? Ол {party} ретінде есептелді. Күмән болмас үшін атауды қайта теріңіз.</translation>
    </message>
    <message>
        <source>&quot;{party}&quot; and &quot;{other_party}&quot; at {other} differ only in look-alike Latin/Cyrillic letters ({letters}): on paper they are one name. Keep one row, or rename one party.</source>
        <translation>«{party}» мен {other} ұяшығындағы «{other_party}» тек ұқсас латын/кирилл әріптерімен ерекшеленеді ({letters}): қағазда бұл бір атау. Бір жолды қалдырыңыз немесе бір партияның атын өзгертіңіз.</translation>
    </message>
    <message>
        <source>A row without a party name. Write the party&apos;s name, or clear the row.</source>
        <translation>Партия атауы жоқ жол. Партияның атауын жазыңыз немесе жолды тазартыңыз.</translation>
    </message>
    <message>
        <source>{party}: {votes} votes = {percent} % — passes the threshold.</source>
        <translation>{party}: {votes} дауыс = {percent} % — өту шегінен өтеді.</translation>
    </message>
    <message>
        <source>{party}: {list} list + {district} district = {total} seat(s).</source>
        <translation>{party}: тізім бойынша {list} + округтерде {district} = {total} мандат.</translation>
    </message>
    <message>
        <source>{what} must be a percentage such as 5 or 7.5; &quot;{value}&quot; is not one.</source>
        <translation>{what}: пайыз болуы керек, мысалы 5 немесе 7.5; «{value}» сәйкес емес.</translation>
    </message>
    <message>
        <source>{party} has two candidates at position {position} (also at {other}).</source>
        <translation>{party} партиясында {position} нөмірінде екі кандидат бар (тағы: {other}).</translation>
    </message>
    <message>
        <source>{what} must be 1 or more (the place on the list), not &quot;{value}&quot;.</source>
        <translation>{what}: 1 немесе одан үлкен сан болуы керек (тізімдегі орны), «{value}» емес.</translation>
    </message>
    <message>
        <source>{file}: the project file cannot be used ({problem}); recorded lots in it were not applied, and the file was left as it is.</source>
        <translation>{file}: жоба файлын пайдалану мүмкін емес ({problem}); ондағы жеребе нәтижелері қолданылмады, файл өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>{file}: the recorded lots cannot be saved ({problem}).</source>
        <translation>{file}: жеребе нәтижелерін сақтау мүмкін болмады ({problem}).</translation>
    </message>
    <message>
        <source>Recorded lots applied from {file} ({lots} record(s)); the workbook is unchanged.</source>
        <translation>{file} файлындағы жеребе нәтижелері қолданылды (жазбалар: {lots}); жұмыс кітабы өзгермеген.</translation>
    </message>
    <message>
        <source>Recorded lots saved to {file}.</source>
        <translation>Жеребе нәтижелері {file} файлына сақталды.</translation>
    </message>
    <message>
        <source>Recorded lots in {file} were NOT applied: the workbook has changed since they were recorded ({lots} record(s)). Check the ties and record the lots again.</source>
        <translation>{file} файлындағы жеребе нәтижелері ҚОЛДАНЫЛМАДЫ: олар жазылғаннан кейін жұмыс кітабы өзгерген (жазбалар: {lots}). Теңдіктерді тексеріп, жеребені қайта жазыңыз.</translation>
    </message>
    <message>
        <source>Quota (Droop): {votes} admitted votes / ({seats} + 1) seats, rounded down, + 1 = {quota} votes.</source>
        <translation>Квота (Друп): жіберілген партиялардың дауыстары {votes} / (мандаттар {seats} + 1), төмен қарай дөңгелектеп, + 1 = {quota} дауыс.</translation>
    </message>
    <message>
        <source>Quota (Hare): {votes} admitted votes / {seats} seats = {quota} votes per seat.</source>
        <translation type="vanished">Квота (Хэр): жіберілген партиялардың дауыстары {votes} / мандаттар {seats} = бір мандатқа {quota} дауыс.</translation>
    </message>
    <message>
        <source>{party}: only {filled} of the {required} required holders count toward the quota.</source>
        <translation>{party}: қажетті {required} мандат иесінің ішінен квотаға тек {filled} есептеледі.</translation>
    </message>
    <message>
        <source>{party}: {candidate} (list place {position}) is moved in to meet the quota.</source>
        <translation type="vanished">{party}: квотаны орындау үшін {candidate} (тізімде № {position}) мандат алады.</translation>
    </message>
    <message>
        <source>Registration order {order} is given twice (also at {other}). Each list was registered at its own place.</source>
        <translation>{order} тіркелу реті екі рет көрсетілген (тағы: {other}). Әр тізім өз орнымен тіркелген.</translation>
    </message>
    <message>
        <source>Remainder rank {rank}: {party} — {remainder} / {of} = {fraction} of a seat.</source>
        <translation>Қалдық бойынша {rank}-орын: {party} — {remainder} / {of} = мандаттың {fraction} бөлігі.</translation>
    </message>
    <message>
        <source>More seats are left over than parties: every party takes {rounds} in full rounds.</source>
        <translation type="vanished">Қалған мандаттар партиялардан көп: әр партия толық айналымдар бойынша {rounds} мандаттан алады.</translation>
    </message>
    <message>
        <source>{party} takes a leftover seat (remainder {fraction}).</source>
        <translation>{party} қалған мандатты алады (қалдық {fraction}).</translation>
    </message>
    <message>
        <source>Row number {row} is not valid (rows run 1 to 1048576).</source>
        <translation>{row} жол нөмірі жарамсыз (жолдар 1-ден 1048576-ға дейін).</translation>
    </message>
    <message>
        <source>Hidden rows hold data that counts (rows {rows}): they were read, as Excel&apos;s own sums read them. Unhide them to check them.</source>
        <translation>Жасырын жолдарда есепке алынатын деректер бар ({rows} жолдар): олар Excel-дің өз қосындылары оқитындай оқылды. Тексеру үшін оларды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Only one party passed: the runner-up {party} ({votes} votes) is admitted too.</source>
        <translation type="vanished">Шектен бір ғана партия өтті: екінші орындағы {party} ({votes} дауыс) да жіберіледі.</translation>
    </message>
    <message>
        <source>Several parties share the runner-up place and were all admitted: {parties}.</source>
        <translation type="vanished">Екінші орынды бірнеше партия бөліседі, олардың бәрі жіберілді: {parties}.</translation>
    </message>
    <message>
        <source>Seats: {party_seats} to parties, {independents} self-nominated, {pending} pending, {vacant} vacant, {undecided} waiting for a lot; {total} in all.</source>
        <translation>Мандаттар: партияларға — {party_seats}, өзін-өзі ұсынғандарға — {independents}, анықталмаған — {pending}, бос — {vacant}, жеребені күтуде — {undecided}; барлығы — {total}.</translation>
    </message>
    <message>
        <source>{setting} is given twice (also at {other}). Keep one row.</source>
        <translation>{setting} екі рет көрсетілген (тағы: {other}). Бір жолды қалдырыңыз.</translation>
    </message>
    <message>
        <source>The setting &quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as {meant}.</source>
        <translation>«{written}» баптауы ұқсас латын және кирилл әріптерін араластырады ({letters}); {meant} ретінде оқылды.</translation>
    </message>
    <message>
        <source>A value without a setting name. Write the setting (such as List seats) to its left.</source>
        <translation>Баптау атауы жоқ мән. Оның сол жағына баптауды жазыңыз (мысалы, «Тізім бойынша мандаттар»).</translation>
    </message>
    <message>
        <source>The setting {setting} cannot be negative ({value}).</source>
        <translation>{setting} баптауы теріс болмауы керек ({value}).</translation>
    </message>
    <message>
        <source>The setting {setting} must be between 0 and 100 ({value}).</source>
        <translation>{setting} баптауы 0 мен 100 аралығында болуы керек ({value}).</translation>
    </message>
    <message>
        <source>The setting {setting} must be given for the body {body}.</source>
        <translation>{body} органы үшін {setting} баптауы міндетті.</translation>
    </message>
    <message>
        <source>The setting &quot;{setting}&quot; is not known; it was ignored.</source>
        <translation>«{setting}» баптауы белгісіз; ол еленбеді.</translation>
    </message>
    <message>
        <source>The cell points at text number {index}, which the workbook does not have; the file is damaged. Save it again.</source>
        <translation>Ұяшық кітапта жоқ № {index} мәтінге сілтейді; файл зақымдалған. Оны қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>This sheet and sheet {other} are both the {what} sheet. Keep one, or rename the other.</source>
        <translation>Бұл парақ та, {other} парағы да — {what} парағы. Біреуін қалдырыңыз немесе екіншісінің атын өзгертіңіз.</translation>
    </message>
    <message>
        <source>This sheet has a header row but no data; it was ignored.</source>
        <translation>Бұл парақта тақырып жолы бар, бірақ деректер жоқ; ол еленбеді.</translation>
    </message>
    <message>
        <source>This sheet is hidden but its data counts: it was read. Unhide it to check it.</source>
        <translation>Бұл парақ жасырылған, бірақ оның деректері есепке алынады: ол оқылды. Тексеру үшін оны көрсетіңіз.</translation>
    </message>
    <message>
        <source>The sheet name &quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as the {meant} sheet.</source>
        <translation>«{written}» парақ атауы ұқсас латын және кирилл әріптерін араластырады ({letters}); {meant} парағы ретінде оқылды.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but no {what} sheet. Add a sheet named Parties with the columns Party and Votes (one row per party).</source>
        <translation>Тізім бойынша {seats} мандат бар, бірақ {what} парағы жоқ. «Партия» және «Дауыстар» бағандары бар «Партиялар» парағын қосыңыз (әр партияға бір жол).</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} filled cells; the file is refused.</source>
        <translation>Парақтағы толтырылған ұяшықтар саны {limit} шегінен асады; файл қабылданбады.</translation>
    </message>
    <message>
        <source>This sheet is not part of the workbook format; it was ignored.</source>
        <translation>Бұл парақ кітап пішіміне кірмейді; ол еленбеді.</translation>
    </message>
    <message>
        <source>The text &quot;{written}&quot; contains an invisible character ({chars}); it was read as &quot;{meant}&quot;. Retype the cell to be sure.</source>
        <translation>«{written}» мәтінінде көрінбейтін таңба бар ({chars}); ол «{meant}» ретінде оқылды. Күмән болмас үшін ұяшықты қайта теріңіз.</translation>
    </message>
    <message>
        <source>The text &quot;{written}&quot; contains invisible characters ({chars}); it was read as &quot;{meant}&quot;. Retype the cell to be sure.</source>
        <translation>«{written}» мәтінінде көрінбейтін таңбалар бар ({chars}); ол «{meant}» ретінде оқылды. Күмән болмас үшін ұяшықты қайта теріңіз.</translation>
    </message>
    <message>
        <source>The text &quot;{written}&quot; contains {chars} instead of a plain space; it was read as &quot;{meant}&quot;.</source>
        <translation>«{written}» мәтінінде кәдімгі бос орынның орнына {chars} тұр; ол «{meant}» ретінде оқылды.</translation>
    </message>
    <message>
        <source>Threshold base: ballots cast = {base}.</source>
        <translation>Шек негізі: берілген бюллетеньдер = {base}.</translation>
    </message>
    <message>
        <source>Threshold base: party votes only = {base}.</source>
        <translation>Шек негізі: тек партиялардың дауыстары = {base}.</translation>
    </message>
    <message>
        <source>Threshold base: valid list ballots (party votes + against all) = {base}.</source>
        <translation>Шек негізі: жарамды тізімдік бюллетеньдер (партиялардың дауыстары + барлығына қарсы) = {base}.</translation>
    </message>
    <message>
        <source>A recorded lot decides the tie ({drawn_on}): {winners}.</source>
        <translation>Теңдікті жазылған жеребе шешеді ({drawn_on}): {winners}.</translation>
    </message>
    <message>
        <source>{party} takes the tied seat by lot (not by remainder).</source>
        <translation>{party} даулы мандатты жеребе бойынша алады (қалдық бойынша емес).</translation>
    </message>
    <message>
        <source>Lots required: {between} are tied for {seats} seat(s); the seat(s) stay undecided.</source>
        <translation>Жеребе қажет: {between} арасында теңдік, даулы мандаттар: {seats}; олар шешілмеген күйде қалады.</translation>
    </message>
    <message>
        <source>The earlier-registered list wins the tie ({orders}): {winners}.</source>
        <translation type="vanished">Теңдікте ертерек тіркелген тізім жеңеді ({orders}): {winners}.</translation>
    </message>
    <message>
        <source>The workbook has more {what} than the limit of {limit}; the file is refused.</source>
        <translation>Кітаптағы «{what}» саны {limit} шегінен асады; файл қабылданбады.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a total row, not a party: it was left out of the calculation (its {votes} votes; the parties above sum to {summed}).</source>
        <translation>«{name}» — партия емес, қорытынды жолы: ол есептен шығарылды (оның {votes} дауысы; жоғарыдағы партиялардың қосындысы {summed}).</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {votes} votes, exactly the sum of all other rows: it looks like a total row. Delete it (or name it Total) if it is a total; the workbook is refused until this is clear.</source>
        <translation>«{name}» {votes} дауысқа ие — бұл қалған барлық жолдардың дәл қосындысы: қорытынды жолына ұқсайды. Егер бұл қорытынды болса, оны жойыңыз (немесе «Барлығы» деп атаңыз); бұл анықталғанша кітап қабылданбайды.</translation>
    </message>
    <message>
        <source>The total row &quot;{name}&quot; gives {votes} votes but the parties sum to {summed}: check the figures. The total was left out; the party rows were counted.</source>
        <translation>«{name}» қорытынды жолы {votes} дауыс береді, ал партиялардың қосындысы {summed}: сандарды тексеріңіз. Қорытынды шығарылды, партиялар жолдары есепке алынды.</translation>
    </message>
    <message>
        <source>Valid list ballots: {party_votes} party votes + {against_all} against all = {valid}.</source>
        <translation>Жарамды тізімдік бюллетеньдер: {party_votes} (партияларға) + {against_all} (барлығына қарсы) = {valid}.</translation>
    </message>
    <message>
        <source>Registered voters is {voters}, fewer than the {ballots} ballots cast. One of the figures is mistyped: correct it.</source>
        <translation>Сайлаушылар саны {voters}, бұл берілген {ballots} бюллетеньнен аз. Сандардың бірі қате терілген: оны түзетіңіз.</translation>
    </message>
    <message>
        <source>Registered voters is {voters}, fewer than the {valid} valid votes (party votes and against all). One of the figures is mistyped: correct it.</source>
        <translation>Сайлаушылар саны {voters}, бұл {valid} жарамды дауыстан (партияларға және барлығына қарсы) аз. Сандардың бірі қате терілген: оны түзетіңіз.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but this sheet has no column of list votes; its header row holds {headers}. Name that column one of: {names}; or give the votes on a List votes sheet. Leave the Votes cells blank if the count is not in yet.</source>
        <translation>Тізімдер бойынша {seats} мандат бар, бірақ бұл парақта тізімдер бойынша дауыстар бағаны жоқ; тақырып жолында: {headers}. Бұл бағанды мына атаулардың бірімен атаңыз: {names}; немесе дауыстарды «Тізімдер бойынша дауыстар» парағында көрсетіңіз. Санақ әлі аяқталмаса, «Дауыстар» ұяшықтарын бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>{party} has no votes: fill its Votes cell, or add a {party} column to the List votes sheet.</source>
        <translation>{party} партиясының дауыстары жоқ: оның «Дауыстар» ұяшығын толтырыңыз немесе «Тізімдер бойынша дауыстар» парағына «{party}» бағанын қосыңыз.</translation>
    </message>
    <message>
        <source>Part {part} is not well-formed XML ({reason} at line {line}); the workbook is damaged. Save it again from Excel or LibreOffice.</source>
        <translation>{part} бөлігі — қате XML ({reason}, {line}-жол); кітап зақымдалған. Оны Excel немесе LibreOffice бағдарламасынан қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Part {part} contains a document type declaration (DTD or entities), which no workbook needs; the file is refused for safety. Save it again from Excel or LibreOffice.</source>
        <translation>{part} бөлігінде құжат түрінің сипаттамасы (DTD немесе нысандар) бар, ол кітапқа қажет емес; файл қауіпсіздік үшін қабылданбады. Оны Excel немесе LibreOffice бағдарламасынан қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>{what} must be yes or no (да/нет, иә/жоқ); &quot;{value}&quot; is neither.</source>
        <translation>{what}: «иә» немесе «жоқ» болуы керек (yes/no, да/нет); «{value}» сәйкес емес.</translation>
    </message>
    <message>
        <source>No election date is given, so youth (younger than {age}) cannot be counted toward the quota.</source>
        <translation>Сайлау күні көрсетілмеген, сондықтан жастарды ({age} жасқа толмағандарды) квотаға есептеу мүмкін емес.</translation>
    </message>
    <message>
        <source>{count} parts of the zip are named with backslashes (such as {part}); they were read as the workbook parts they name.</source>
        <translation>Zip мұрағатының {count} бөлігі кері қиғаш сызықпен аталған (мысалы, {part}); олар өздері атайтын кітап бөліктері ретінде оқылды.</translation>
    </message>
    <message>
        <source>The workbook is damaged or truncated ({reason}). Save it again from Excel or LibreOffice, or copy the file again in full.</source>
        <translation>Кітап зақымдалған немесе толық емес ({reason}). Оны Excel немесе LibreOffice бағдарламасынан қайта сақтаңыз немесе файлды қайтадан толық көшіріңіз.</translation>
    </message>
    <message>
        <source>The workbook holds the part {part} twice; which copy is meant cannot be known. Save the file again from Excel or LibreOffice.</source>
        <translation>Кітапта {part} бөлігі екі рет бар; қай көшірме меңзелгенін білу мүмкін емес. Файлды Excel немесе LibreOffice-тен қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The workbook is password-protected. Save it again without a password.</source>
        <translation>Кітап құпиясөзбен қорғалған. Оны құпиясөзсіз қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Part {part} is packed in a way this app does not read ({reason}). Save the file again as .xlsx from Excel or LibreOffice.</source>
        <translation>{part} бөлігі бағдарлама оқымайтын тәсілмен буып-түйілген ({reason}). Файлды Excel немесе LibreOffice бағдарламасынан .xlsx ретінде қайта сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>Басып шығаруды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Print preview: summary</source>
        <translation>Алдын ала қарау: қорытынды</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Есептеу барысы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырмашылық</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Қажет</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Толтырылды</translation>
    </message>
    <message>
        <source>Eligible on list</source>
        <translation>Квотаға сәйкес</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Иелері</translation>
    </message>
    <message>
        <source>List checks</source>
        <translation>Тізімді тексеру</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Counts toward the quota</source>
        <translation>Квотаға есептеледі</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Көтерілді</translation>
    </message>
    <message>
        <source>Single-member districts</source>
        <translation>Бір мандатты округтер</translation>
    </message>
    <message>
        <source>The 30 % quota per party</source>
        <translation>Партиялар бойынша 30 % квота</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Тең нәтижелер</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Ескертулер мен түсініктемелер</translation>
    </message>
    <message>
        <source>Cannot start drawing on the output.</source>
        <translation>Файлға шығаруды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>District {district}</source>
        <translation>Округ {district}</translation>
    </message>
    <message>
        <source>Scenarios (what-if)</source>
        <translation>Сценарийлер («егер»)</translation>
    </message>
    <message>
        <source>The scenarios saved beside the workbook, each compared with the workbook&apos;s result (its figures under its own settings). A scenario that changes a figure or departs from the law&apos;s settings is not the result of the election.</source>
        <translation>Кітаптың жанында сақталған сценарийлер, әрқайсысы кітаптың нәтижесімен (оның деректері өз баптауларымен) салыстырылады. Деректерді өзгертетін немесе заң баптауларынан ауытқитын сценарий сайлаудың нәтижесі емес.</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>The settings of this scenario cannot be used:</source>
        <translation type="vanished">Бұл сценарийдің баптауларын пайдалану мүмкін емес:</translation>
    </message>
    <message>
        <source>No departure from the law: the workbook&apos;s figures and the law&apos;s settings.</source>
        <translation>Заңнан ауытқу жоқ: кітаптың деректері және заң баптаулары.</translation>
    </message>
    <message>
        <source>each step of the audit trail names its rules; their basis and sources are listed at the end</source>
        <translation>есептеу барысының әр қадамы өз ережелерін атайды; олардың негізі мен дереккөздері соңында берілген</translation>
    </message>
    <message>
        <source>{winners} won by lot between {between}</source>
        <translation>{winners} — жеребе бойынша жеңді, қатысушылар: {between}</translation>
    </message>
    <message>
        <source>{percent} of {base} ({votes}): at least {needed} votes</source>
        <translation>{votes} ({base}) × {percent}: кемінде {needed} дауыс</translation>
    </message>
    <message>
        <source>Decided by lot: {where}</source>
        <translation>Жеребемен шешілді: {where}</translation>
    </message>
    <message>
        <source>{text}; drawn: {drawn}</source>
        <translation>{text}; жеребе: {drawn}</translation>
    </message>
    <message>
        <source>too few eligible</source>
        <translation>квотаға сәйкестер аз</translation>
    </message>
    <message>
        <source>list too long</source>
        <translation>тізім тым ұзын</translation>
    </message>
    <message>
        <source>(for information)</source>
        <translation>(мәлімет үшін)</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>жастар</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>мүгедектік</translation>
    </message>
    <message>
        <source>open: lots required</source>
        <translation>шешілмеген: жеребе қажет</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Each step of the audit trail names its rules in brackets. Statute: the text of the law says it; practice: what an election commission did where the law is silent or unclear; assumption: no rule was found, the app&apos;s own choice.</source>
        <translation>Есептеу барысының әр қадамы өз ережелерін жақша ішінде атайды. Заң — заң мәтінінде солай жазылған; тәжірибе — заң үнсіз не түсініксіз жерде сайлау комиссиясы солай істеген; болжам — ереже табылмады, бағдарламаның таңдауы.</translation>
    </message>
    <message>
        <source>{winners} by lot, drawn: {drawn}</source>
        <translation>{winners} — жеребе бойынша; жеребе: {drawn}</translation>
    </message>
    <message>
        <source>{winners}: the list registered earlier</source>
        <translation>{winners}: ертерек тіркелген тізім</translation>
    </message>
    <message>
        <source>no, short by {n}</source>
        <translation>жоқ, жетпейді: {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>таңдалған</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>ұсынылған</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <source>when and where not recorded</source>
        <translation>уақыты мен орны жазылмаған</translation>
    </message>
    <message>
        <source>{party}: mandate holders ({how})</source>
        <translation>{party}: мандат иелері ({how})</translation>
    </message>
    <message>
        <source>The party&apos;s governing body chooses; this is a suggestion.</source>
        <translation>Партияның басшы органы шешеді; бұл тек ұсыныс.</translation>
    </message>
    <message>
        <source>chosen by the party</source>
        <translation>партия таңдаған</translation>
    </message>
    <message>
        <source>{tier}: {between}, {seats} seat(s), standing {standing} — {how}</source>
        <translation>{tier}: {between}; даулы мандаттар — {seats}; көрсеткіш {standing} — {how}</translation>
    </message>
    <message>
        <source>{body} · {list} list + {district} district seats · threshold {percent} of {base} · {method}</source>
        <translation>{body} · мандаттар: тізім бойынша {list} + округтерде {district} · өту шегі {percent} (негізі: {base}) · {method}</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>This scenario cannot be used:</source>
        <translation>Бұл сценарийді пайдалану мүмкін емес:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаттар</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Өту шегі</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Equal remainders</source>
        <translation>Тең қалдықтар</translation>
    </message>
    <message>
        <source>“Against all” leads a district</source>
        <translation>Округте «барлығына қарсы» алда</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>Mandate quota</source>
        <translation>Мандат квотасы</translation>
    </message>
    <message>
        <source>{list} list + {district} district = {total}</source>
        <translation>тізім бойынша {list} + округтер бойынша {district} = {total}</translation>
    </message>
    <message>
        <source>{quota} votes per seat</source>
        <translation>бір мандатқа {quota} дауыс</translation>
    </message>
    <message>
        <source>{percent} women, youth (under {age}) and persons with disabilities, rounded {rounding}</source>
        <translation>{percent}: әйелдер, жастар ({age} жасқа дейін) және мүгедектігі бар адамдар; {rounding} дөңгелектеу</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(файл жоқ)</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>Қолданылған баптаулар</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Signatures of the commission members</source>
        <translation>Комиссия мүшелерінің қолдары</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Бет {number} / {count}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>below</source>
        <translation>шектен төмен</translation>
    </message>
    <message>
        <source>Source: {file} · SHA-256 {digest}</source>
        <translation>Дереккөз: {file} · SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Printed {when} · kzseats {version}</source>
        <translation>Басып шығарылды: {when} · kzseats {version}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Mazhilis</source>
        <translation>Мәжіліс</translation>
    </message>
    <message>
        <source>Regional maslikhat</source>
        <translation>Облыстық мәслихат</translation>
    </message>
    <message>
        <source>Local maslikhat</source>
        <translation>Аудандық (қалалық) мәслихат</translation>
    </message>
    <message>
        <source>Mazhilis under the 2007–2021 rules</source>
        <translation>Мәжіліс, 2007–2021 жж. ережелері бойынша</translation>
    </message>
    <message>
        <source>Mazhilis 2007–2021</source>
        <translation>Мәжіліс 2007–2021</translation>
    </message>
    <message>
        <source>Hare quota, largest remainders</source>
        <translation>Бірінші сайлау өлшемі (Хэр квотасы), ең үлкен қалдықтар</translation>
    </message>
    <message>
        <source>Hare quota</source>
        <translation>Сайлау өлшемі</translation>
    </message>
    <message>
        <source>Droop quota, largest remainders</source>
        <translation>Друп квотасы, ең үлкен қалдықтар</translation>
    </message>
    <message>
        <source>Droop quota</source>
        <translation>Друп квотасы</translation>
    </message>
    <message>
        <source>D&apos;Hondt</source>
        <translation>Д’Ондт әдісі</translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation>Сент-Лагю әдісі</translation>
    </message>
    <message>
        <source>valid list ballots (party votes + against all)</source>
        <translation>жарамды тізімдік бюллетеньдер (партиялардың дауыстары + барлығына қарсы)</translation>
    </message>
    <message>
        <source>valid list ballots</source>
        <translation>жарамды тізімдік бюллетеньдер</translation>
    </message>
    <message>
        <source>party votes only</source>
        <translation>тек партиялардың дауыстары</translation>
    </message>
    <message>
        <source>ballots cast, invalid ones included</source>
        <translation>берілген бюллетеньдер, жарамсыздарын қоса</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>жоғары қарай дөңгелектеу</translation>
    </message>
    <message>
        <source>up</source>
        <translation>жоғары қарай</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>төмен қарай дөңгелектеу</translation>
    </message>
    <message>
        <source>down</source>
        <translation>төмен қарай</translation>
    </message>
    <message>
        <source>rounded to the nearest, halves up</source>
        <translation>жақынға дөңгелектеу (жартысы — жоғары)</translation>
    </message>
    <message>
        <source>half up</source>
        <translation>жақынға</translation>
    </message>
    <message>
        <source>the leading candidate wins; the district is flagged</source>
        <translation>алда тұрған кандидат жеңеді; округ белгіленеді</translation>
    </message>
    <message>
        <source>leader wins, flagged</source>
        <translation>көшбасшы жеңеді, белгіленеді</translation>
    </message>
    <message>
        <source>the district is void and its seat pending (what-if)</source>
        <translation>округтегі сайлау жарамсыз / өтпеді деп танылады, мандат анықталмаған (модельдеу)</translation>
    </message>
    <message>
        <source>seat pending (what-if)</source>
        <translation>мандат анықталмаған (модельдеу)</translation>
    </message>
    <message>
        <source>the list registered earlier wins; otherwise a drawing of lots</source>
        <translation type="vanished">ертерек тіркелген тізім жеңеді; әйтпесе жеребе</translation>
    </message>
    <message>
        <source>earlier-registered list wins</source>
        <translation>ертерек тіркелген тізім жеңеді</translation>
    </message>
    <message>
        <source>a drawing of lots</source>
        <translation>жеребе</translation>
    </message>
    <message>
        <source>drawing of lots</source>
        <translation>жеребе</translation>
    </message>
    <message>
        <source>the runner-up is admitted too (2007–2021 rule)</source>
        <translation type="vanished">екінші орындағы партия да жіберіледі (2007–2021 жж. ережесі)</translation>
    </message>
    <message>
        <source>runner-up admitted</source>
        <translation>екінші партия жіберіледі</translation>
    </message>
    <message>
        <source>no special rule</source>
        <translation type="vanished">арнайы ереже жоқ</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Анықталмаған</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Decided by lot</source>
        <translation>Жеребемен шешілді</translation>
    </message>
    <message>
        <source>By lot</source>
        <translation>Жеребе бойынша</translation>
    </message>
    <message>
        <source>Complete: every seat is decided</source>
        <translation>Дайын: барлық мандат бөлінді</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Complete: every seat that can be decided is decided</source>
        <translation>Дайын: бөлуге болатын барлық мандат бөлінді</translation>
    </message>
    <message>
        <source>Complete — 1 seat decided by lot</source>
        <translation>Дайын — 1 мандат жеребемен шешілді</translation>
    </message>
    <message>
        <source>Complete — 1 by lot</source>
        <translation>Дайын — 1 жеребе бойынша</translation>
    </message>
    <message>
        <source>Complete — {seats} seats decided by lot</source>
        <translation>Дайын — жеребемен шешілген мандаттар: {seats}</translation>
    </message>
    <message>
        <source>Lots required — 1 seat waits for a drawing of lots</source>
        <translation>Жеребе қажет — 1 мандат жеребені күтеді</translation>
    </message>
    <message>
        <source>Complete — {seats} by lot</source>
        <translation>Дайын — жеребе бойынша: {seats}</translation>
    </message>
    <message>
        <source>the list registered earlier wins (2009 text, not confirmed for 2022); otherwise a drawing of lots</source>
        <translation>ертерек тіркелген тізім жеңеді (2009 жылғы редакция, 2022 үшін расталмаған); әйтпесе жеребе</translation>
    </message>
    <message>
        <source>the runner-up takes part too: votes × 0.7, at least two seats (2009 text)</source>
        <translation>екінші партия да жіберіледі: дауыстар × 0,7, кемінде екі мандат (2009 жылғы редакция)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <source>Lots required</source>
        <translation>Жеребе қажет</translation>
    </message>
    <message>
        <source>Lots required — {seats} seats wait for a drawing of lots</source>
        <translation>Жеребе қажет — жеребені күтетін мандаттар: {seats}</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>анықталды</translation>
    </message>
    <message>
        <source>decided by lot</source>
        <translation>жеребемен шешілді</translation>
    </message>
    <message>
        <source>by lot</source>
        <translation>жеребе бойынша</translation>
    </message>
    <message>
        <source>tie: lots required</source>
        <translation>теңдік: жеребе қажет</translation>
    </message>
    <message>
        <source>lots required</source>
        <translation>жеребе қажет</translation>
    </message>
    <message>
        <source>void: against all led</source>
        <translation>жарамсыз / өтпеді: «барлығына қарсы» алда болды</translation>
    </message>
    <message>
        <source>void</source>
        <translation>жарамсыз / өтпеді</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>анықталмаған</translation>
    </message>
    <message>
        <source>decided; against all led</source>
        <translation>анықталды; «барлығына қарсы» алда болды</translation>
    </message>
    <message>
        <source>against all led</source>
        <translation>«барлығына қарсы» алда болды</translation>
    </message>
    <message>
        <source>{method} (the law)</source>
        <translation>{method} (заң бойынша)</translation>
    </message>
    <message>
        <source>{method} (comparison only, not the law)</source>
        <translation>{method} (тек салыстыру үшін, заң бойынша емес)</translation>
    </message>
    <message>
        <source>{method} (not the law)</source>
        <translation>{method} (заң бойынша емес)</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>теңдік</translation>
    </message>
</context>
</TS>
