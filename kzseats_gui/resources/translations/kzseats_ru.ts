<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kzseats</source>
        <translation>О программе kzseats</translation>
    </message>
    <message>
        <source>&lt;b&gt;kzseats {version}&lt;/b&gt;&lt;br&gt;Seat calculator for Kazakhstan&apos;s elections: the Mazhilis and the maslikhats, exact to the law.&lt;br&gt;&lt;br&gt;Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>&lt;b&gt;kzseats {version}&lt;/b&gt;&lt;br&gt;Калькулятор мандатов для выборов в Казахстане: Мажилис и маслихаты, в точном соответствии с законом.&lt;br&gt;&lt;br&gt;Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Сторонние компоненты</translation>
    </message>
    <message>
        <source>{name} is missing from this copy of kzseats.</source>
        <translation>В этой копии kzseats нет файла {name}.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Ход расчёта</translation>
    </message>
    <message>
        <source>Find in the audit trail…</source>
        <translation>Поиск в ходе расчёта…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Копировать всё</translation>
    </message>
    <message>
        <source>Copy the whole audit trail as text</source>
        <translation>Скопировать весь ход расчёта как текст</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Ballots and threshold</source>
        <translation>Бюллетени и проходной барьер</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Мандаты по спискам</translation>
    </message>
    <message>
        <source>Single-member districts</source>
        <translation>Одномандатные округа</translation>
    </message>
    <message>
        <source>Mandate holders and the quota</source>
        <translation>Обладатели мандатов и квота</translation>
    </message>
    <message>
        <source>Seats in total</source>
        <translation>Итого мандатов</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Расчёт</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Ties: lots required</source>
        <translation>Равенство результатов: нужна жеребьёвка</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Равенство результатов</translation>
    </message>
    <message>
        <source>District {district}</source>
        <translation>Округ {district}</translation>
    </message>
    <message>
        <source>List tier</source>
        <translation>Партийные списки</translation>
    </message>
    <message>
        <source>open: a drawing of lots decides</source>
        <translation>не решено: решит жеребьёвка</translation>
    </message>
    <message>
        <source>decided by registration order: {winners}</source>
        <translation>решено по порядку регистрации: {winners}</translation>
    </message>
    <message>
        <source>decided by lot: {winners}</source>
        <translation>решено жеребьёвкой: {winners}</translation>
    </message>
    <message>
        <source>{where}: {seats} seat(s) between {names}; {how}</source>
        <translation>{where}: спорных мандатов — {seats}, претенденты: {names}; {how}</translation>
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
        <translation>Квота мандатов</translation>
    </message>
    <message>
        <source>List composition</source>
        <translation>Состав списка</translation>
    </message>
    <message>
        <source>Mandate holders</source>
        <translation>Обладатели мандатов</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Результата пока нет.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Counts toward quota</source>
        <translation>Учитывается в квоте</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Swapped in</source>
        <translation>Перемещён вверх</translation>
    </message>
    <message>
        <source>List seats held:</source>
        <translation>Мандатов по списку:</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>Требуется:</translation>
    </message>
    <message>
        <source>Holders who count:</source>
        <translation>Учитываются в квоте:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Квота:</translation>
    </message>
    <message>
        <source>Eligible on the list:</source>
        <translation>Подходят под квоту:</translation>
    </message>
    <message>
        <source>List length:</source>
        <translation>Кандидатов в списке:</translation>
    </message>
    <message>
        <source>This election has no party lists, so there is no mandate quota to check.</source>
        <translation>На этих выборах нет партийных списков, поэтому квоту мандатов проверять не нужно.</translation>
    </message>
    <message>
        <source>The workbook has no candidate lists. Add a Candidates sheet (party, position, name, gender, birth date, disability, elected) to check the {percent} quota for women, youth and persons with disabilities.</source>
        <translation>В книге нет списков кандидатов. Чтобы проверить квоту {percent} для женщин, молодёжи и лиц с инвалидностью, добавьте лист «Кандидаты» (партия, номер, ФИО, пол, дата рождения, инвалидность, избран).</translation>
    </message>
    <message>
        <source>For this body the mandate quota is not law: the figures are shown for information only. The list composition rules apply.</source>
        <translation>Для этого органа квота мандатов законом не установлена: цифры приведены только для сведения. Требования к составу списка действуют.</translation>
    </message>
    <message>
        <source>({vacant} vacant)</source>
        <translation>(вакантно: {vacant})</translation>
    </message>
    <message>
        <source>{required} ({percent} of {seats} seats, {rounding})</source>
        <translation>{required} ({percent} от {seats} мандатов, {rounding})</translation>
    </message>
    <message>
        <source>{filled} of {holders} holders</source>
        <translation>{filled} из {holders} обладателей мандатов</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнена</translation>
    </message>
    <message>
        <source>{names} names; at most 130 % of {seats} list seats allowed</source>
        <translation>{names}; допускается не более 130 % от {seats} мандатов по спискам</translation>
    </message>
    <message>
        <source>Mandate holders chosen by the party (Elected column):</source>
        <translation>Обладатели мандатов, определённые партией (столбец «Избран»):</translation>
    </message>
    <message>
        <source>Suggested mandate holders: list order, with the highest-placed eligible candidates swapped in for the lowest-placed others until the quota holds. The party&apos;s governing body chooses; this is a suggestion.</source>
        <translation>Предлагаемые обладатели мандатов: порядок списка, где подходящие кандидаты с лучших мест заменяют других с последних мест, пока квота не выполнена. Решает руководящий орган партии; это лишь предложение.</translation>
    </message>
    <message>
        <source>Suggested mandate holders: list order, with the highest-placed eligible candidates swapped in for the lowest-placed others until the quota holds.</source>
        <translation type="vanished">Предлагаемые обладатели мандатов: по порядку списка; пока квота не выполнена, стоящие выше всех кандидаты из квотных категорий заменяют стоящих ниже всех прочих.</translation>
    </message>
    <message>
        <source>{eligible} of {names}{share}; at least {percent} required</source>
        <translation>{eligible} из {names}{share}; требуется не менее {percent}</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>женщина</translation>
    </message>
    <message>
        <source>youth (under {age})</source>
        <translation>молодёжь (до {age} лет)</translation>
    </message>
    <message>
        <source>person with disability</source>
        <translation>лицо с инвалидностью</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>↑ swapped in</source>
        <translation>↑ перемещён</translation>
    </message>
    <message>
        <source>Takes a seat ahead of list order so the quota holds</source>
        <translation>Получает мандат вне очерёдности списка, чтобы квота была выполнена</translation>
    </message>
</context>
<context>
    <name>ChangedSeats</name>
    <message>
        <source>Changed hands: {count} seat(s)</source>
        <translation>Сменили владельца: {count}</translation>
    </message>
    <message>
        <source>Outlined: seats that changed hands against the figures as read (what-if)</source>
        <translation>Обведены: мандаты, сменившие владельца по сравнению с данными из файла («что если»)</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Hemicycle</source>
        <translation>Полукруг</translation>
    </message>
    <message>
        <source>Seats by tier</source>
        <translation>Списки и округа</translation>
    </message>
    <message>
        <source>Quota fill</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>Party order:</source>
        <translation>Порядок партий:</translation>
    </message>
    <message>
        <source>Self-nominated and pending seats:</source>
        <translation>Места вне партий:</translation>
    </message>
    <message>
        <source>Ballot order</source>
        <translation>Как в бюллетене</translation>
    </message>
    <message>
        <source>Most seats first</source>
        <translation>По числу мандатов</translation>
    </message>
    <message>
        <source>Custom (drag in the list)</source>
        <translation>Свой (перетащите в списке)</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>В центре</translation>
    </message>
    <message>
        <source>Right end</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Drag a party to change its place in the hemicycle</source>
        <translation>Перетащите партию, чтобы изменить её место в полукруге</translation>
    </message>
</context>
<context>
    <name>ChartsSlot</name>
    <message>
        <source>Drawing the charts…</source>
        <translation>Построение диаграмм…</translation>
    </message>
</context>
<context>
    <name>DistrictsView</name>
    <message>
        <source>Filter districts, candidates, parties…</source>
        <translation>Фильтр: округа, кандидаты, партии…</translation>
    </message>
    <message>
        <source>Filter districts</source>
        <translation>Фильтр округов</translation>
    </message>
    <message>
        <source>District results</source>
        <translation>Результаты по округам</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Winner&apos;s votes</source>
        <translation>Голоса победителя</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Against all (%)</source>
        <translation>Против всех (%)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>The candidate with the most votes; empty while the seat is undecided</source>
        <translation>Кандидат, набравший больше всего голосов; пусто, пока мандат не определён</translation>
    </message>
    <message>
        <source>Votes ahead of the runner-up candidate</source>
        <translation>На сколько голосов победитель опережает второго кандидата</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; votes in the district</source>
        <translation>Голоса «против всех» в округе</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; as a share of all votes in the district (candidates + against all)</source>
        <translation>Доля голосов «против всех» среди всех голосов в округе (кандидаты + против всех)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>не определён</translation>
    </message>
    <message>
        <source>void</source>
        <translation>недействительны / не состоялись</translation>
    </message>
    <message>
        <source>against all leads</source>
        <translation>впереди «против всех»</translation>
    </message>
    <message>
        <source>No results yet: the seat is shown as undecided, not guessed.</source>
        <translation>Результатов пока нет: мандат показан как неопределённый, а не угаданный.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; led and the settings treat such a district as void (a what-if, not the law): the seat waits for a repeat election.</source>
        <translation>Впереди «против всех», и по настройкам (моделирование, не закон) выборы в таком округе признаются недействительными / несостоявшимися: мандат ждёт повторных выборов.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; received more votes than the leading candidate. No rule was found in the law that voids the district; the leading candidate wins.</source>
        <translation>«Против всех» получило больше голосов, чем лидирующий кандидат. В законе не найдено правила, по которому выборы в округе недействительны; побеждает лидирующий кандидат.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; led and the settings treat such a district as void: the seat waits for a repeat election.</source>
        <translation type="vanished">Впереди «против всех», и по настройкам такой округ недействителен: мандат ждёт повторных выборов.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; received more votes than the leading candidate. No rule voids the district; the leading candidate wins.</source>
        <translation type="vanished">«Против всех» получило больше голосов, чем лидирующий кандидат. Ни одно правило не делает округ недействительным; побеждает лидирующий кандидат.</translation>
    </message>
    <message>
        <source>The leading candidates have equal votes: the seat is decided by lot.</source>
        <translation>У лидирующих кандидатов поровну голосов: мандат определяется жеребьёвкой.</translation>
    </message>
    <message>
        <source>The leading candidates had equal votes; the recorded lot gave the seat to the winner shown.</source>
        <translation>У лидирующих кандидатов поровну голосов; записанная жеребьёвка отдала мандат указанному победителю.</translation>
    </message>
    <message>
        <source>(tie)</source>
        <translation>(равенство)</translation>
    </message>
    <message>
        <source>(void)</source>
        <translation>(недействительны / не состоялись)</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(не определён)</translation>
    </message>
    <message>
        <source>Against all: {votes}</source>
        <translation>Против всех: {votes}</translation>
    </message>
    <message>
        <source>No district results in the workbook: every district seat is pending.</source>
        <translation>В книге нет результатов по округам: все мандаты по округам не определены.</translation>
    </message>
    <message>
        <source>This election has no district seats.</source>
        <translation>На этих выборах нет мандатов по округам.</translation>
    </message>
    <message>
        <source>Districts: {n}</source>
        <translation>Округов: {n}</translation>
    </message>
    <message>
        <source>won by party candidates: {n}</source>
        <translation>выиграли кандидаты партий: {n}</translation>
    </message>
    <message>
        <source>self-nominated: {n}</source>
        <translation>самовыдвиженцы: {n}</translation>
    </message>
    <message>
        <source>undecided: {n}</source>
        <translation>не определено: {n}</translation>
    </message>
    <message>
        <source>&quot;against all&quot; leads: {n}</source>
        <translation>впереди «против всех»: {n}</translation>
    </message>
    <message>
        <source>No district results.</source>
        <translation>Нет результатов по округам.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The source workbook is never overwritten. Choose another file name.</source>
        <translation>Исходная книга никогда не перезаписывается. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение SVG (*.svg);;Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Экспорт отчёта PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Разрешение PNG</translation>
    </message>
    <message>
        <source>Dots per inch (96: screen, 300: print, 600: large print):</source>
        <translation>Точек на дюйм (96 — экран, 300 — печать, 600 — крупная печать):</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>Share of runs, %</source>
        <translation>Доля прогонов, %</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Всего мандатов</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>большинство</translation>
    </message>
</context>
<context>
    <name>LotsBanner</name>
    <message>
        <source>Record lot result…</source>
        <translation>Записать итог жеребьёвки…</translation>
    </message>
    <message numerus="yes">
        <source>Lots required: %n seat(s) cannot be decided by the rules and wait for a drawing of lots.</source>
        <translation>
            <numerusform>Нужна жеребьёвка: %n мандат нельзя распределить по правилам, он ждёт жеребьёвки.</numerusform>
            <numerusform>Нужна жеребьёвка: %n мандата нельзя распределить по правилам, они ждут жеребьёвки.</numerusform>
            <numerusform>Нужна жеребьёвка: %n мандатов нельзя распределить по правилам, они ждут жеребьёвки.</numerusform>
        </translation>
    </message>
    <message>
        <source>{winners}: won by lot between {between}; drawn: {drawn}</source>
        <translation>{winners}: победа по жребию среди: {between}; жеребьёвка: {drawn}</translation>
    </message>
    <message>
        <source>when and where not recorded</source>
        <translation>время и место не записаны</translation>
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
        <translation>Округ {district}: {names} набрали одинаковое число голосов ({standing}) и лидируют в округе; мандат определяется жеребьёвкой.</translation>
    </message>
    <message numerus="yes">
        <source>{names} have equal quotients ({standing}) for the last %n list seat(s).</source>
        <translation>
            <numerusform>{names}: равные частные ({standing}) за последний %n мандат по спискам.</numerusform>
            <numerusform>{names}: равные частные ({standing}) за последние %n мандата по спискам.</numerusform>
            <numerusform>{names}: равные частные ({standing}) за последние %n мандатов по спискам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} have equal remainders ({standing}) for the last %n list seat(s).</source>
        <translation>
            <numerusform>{names}: равные остатки ({standing}) за последний %n мандат по спискам.</numerusform>
            <numerusform>{names}: равные остатки ({standing}) за последние %n мандата по спискам.</numerusform>
            <numerusform>{names}: равные остатки ({standing}) за последние %n мандатов по спискам.</numerusform>
        </translation>
    </message>
    <message>
        <source>District {district}</source>
        <translation>Округ {district}</translation>
    </message>
    <message>
        <source>Party lists</source>
        <translation>Партийные списки</translation>
    </message>
    <message numerus="yes">
        <source>Who won the lot? Pick %n.</source>
        <translation>
            <numerusform>Кто выиграл жеребьёвку? Выберите: %n.</numerusform>
            <numerusform>Кто выиграл жеребьёвку? Выберите: %n.</numerusform>
            <numerusform>Кто выиграл жеребьёвку? Выберите: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: {chosen} of {seats}</source>
        <translation>Выбрано: {chosen} из {seats}</translation>
    </message>
    <message>
        <source>Record lot result</source>
        <translation>Итог жеребьёвки</translation>
    </message>
    <message>
        <source>The seats below are tied and no rule decides them. Record the result of the drawing of lots; the calculation then finishes with it, and the lot appears in the audit trail and in every export. It is kept in the project file beside the workbook and applied again whenever the same workbook is opened.</source>
        <translation>По мандатам ниже результаты равны, и ни одно правило их не решает. Запишите итог жеребьёвки: расчёт завершится с его учётом, а жеребьёвка войдёт в ход расчёта и во все экспортируемые файлы. Итог хранится в файле проекта рядом с рабочей книгой и применяется снова при каждом открытии той же книги.</translation>
    </message>
    <message>
        <source>date and time, place, who drew</source>
        <translation>дата и время, место, кто проводил</translation>
    </message>
    <message>
        <source>Drawn on (when, where, by whom):</source>
        <translation>Жеребьёвка (когда, где, кем):</translation>
    </message>
    <message>
        <source>Record and recalculate</source>
        <translation>Записать и пересчитать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Open results workbook</source>
        <translation>Открыть книгу с результатами</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Книги Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>New workbook from template</source>
        <translation>Новая книга из шаблона</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write the template</source>
        <translation>Не удалось записать шаблон</translation>
    </message>
    <message>
        <source>{name} cannot be used</source>
        <translation>Файл {name} нельзя использовать</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>чтение {name}</translation>
    </message>
    <message>
        <source>allocating the seats</source>
        <translation>распределение мандатов</translation>
    </message>
    <message>
        <source>Failed: {what}</source>
        <translation>Сбой: {what}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>The workbook&apos;s settings cannot be used: see the settings.</source>
        <translation>Настройки из книги нельзя использовать: см. панель настроек.</translation>
    </message>
    <message>
        <source>Allocating the seats…</source>
        <translation>Распределение мандатов…</translation>
    </message>
    <message>
        <source>Recorded lots not saved</source>
        <translation>Итоги жеребьёвки не сохранены</translation>
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
        <translation>Голоса за список</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Мандаты по списку</translation>
    </message>
    <message>
        <source>Votes to gain a seat</source>
        <translation>Голосов до нового мандата</translation>
    </message>
    <message>
        <source>Votes lost that cost a seat</source>
        <translation>Потеря голосов, стоящая мандата</translation>
    </message>
    <message>
        <source>Votes to the threshold</source>
        <translation>Голосов до порога</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Второе место</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>Votes that flip it</source>
        <translation>Голосов для смены победителя</translation>
    </message>
    <message>
        <source>More votes can give this party fewer list seats: select it to see every change on the chart.</source>
        <translation>Больше голосов может дать этой партии меньше мандатов по списку: выберите её, чтобы увидеть на графике каждое изменение.</translation>
    </message>
    <message>
        <source>Exact figures, all other counts unchanged. Click a figure to apply it as a what-if; select a party to see its seats as its votes change.</source>
        <translation>Точные цифры, все прочие данные без изменений. Щёлкните по числу, чтобы применить его как сценарий «что если»; выберите партию, чтобы увидеть её мандаты при изменении числа голосов.</translation>
    </message>
    <message>
        <source>Last step: {step}.</source>
        <translation>Последний шаг: {step}.</translation>
    </message>
    <message>
        <source>Marked: more votes can give {parties} fewer list seats (the runner-up rule, or the threshold moving with the total). The figures are the fewest votes that first give a seat more or fewer; the chart shows every change.</source>
        <translation>Отмечено: больше голосов может дать партиям {parties} меньше мандатов по списку (правило второй партии или порог, сдвигающийся вместе с общим числом голосов). Цифры — наименьшее число голосов, при котором впервые мандатов становится больше или меньше; график показывает каждое изменение.</translation>
    </message>
    <message>
        <source>Click: apply {sign}{votes} votes as a what-if</source>
        <translation>Щелчок: применить {sign}{votes} голосов как «что если»</translation>
    </message>
    <message numerus="yes">
        <source>With %n list seat(s) a tie between {parties} would need a lot.</source>
        <translation>
            <numerusform>При %n мандате по спискам равенство между {parties} потребовало бы жребия.</numerusform>
            <numerusform>При %n мандатах по спискам равенство между {parties} потребовало бы жребия.</numerusform>
            <numerusform>При %n мандатах по спискам равенство между {parties} потребовало бы жребия.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n list seat(s) the extra seat would stay vacant.</source>
        <translation>
            <numerusform>При %n мандате по спискам дополнительный мандат остался бы вакантным.</numerusform>
            <numerusform>При %n мандатах по спискам дополнительный мандат остался бы вакантным.</numerusform>
            <numerusform>При %n мандатах по спискам дополнительный мандат остался бы вакантным.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n list seat(s) the next seat goes to {parties}.</source>
        <translation>
            <numerusform>При %n мандате по спискам следующий мандат получает {parties}.</numerusform>
            <numerusform>При %n мандатах по спискам следующий мандат получает {parties}.</numerusform>
            <numerusform>При %n мандатах по спискам следующий мандат получает {parties}.</numerusform>
        </translation>
    </message>
    <message>
        <source>With {seats} list seats a tie between {parties} would need a lot.</source>
        <translation type="vanished">При {seats} мандатах по спискам равенство между {parties} потребовало бы жребия.</translation>
    </message>
    <message>
        <source>With {seats} list seats the extra seat would stay vacant.</source>
        <translation type="vanished">При {seats} мандатах по спискам дополнительный мандат остался бы вакантным.</translation>
    </message>
    <message>
        <source>With {seats} list seats the next seat goes to {parties}.</source>
        <translation type="vanished">При {seats} мандатах по спискам следующий мандат получает {parties}.</translation>
    </message>
    <message>
        <source>{parties} would lose a seat (the Alabama paradox).</source>
        <translation>{parties} потеряли бы мандат (парадокс Алабамы).</translation>
    </message>
    <message>
        <source>{party}: {votes} votes (a margin)</source>
        <translation>{party}: {votes} голосов (по запасу)</translation>
    </message>
    <message>
        <source>District {district}: {votes} votes from {source} to {target}</source>
        <translation>Округ {district}: {votes} голосов от {source} к {target}</translation>
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
        <translation>Голоса за список</translation>
    </message>
    <message>
        <source>{seats} under the law ({method})</source>
        <translation>{seats} по закону ({method})</translation>
    </message>
    <message>
        <source>Marked: a party&apos;s list seats differ from the law&apos;s.</source>
        <translation>Выделено: мандаты партии отличаются от распределения по закону.</translation>
    </message>
    <message>
        <source>Every method gives the same list seats.</source>
        <translation>Все методы дают одинаковые мандаты по спискам.</translation>
    </message>
    <message>
        <source>“+ ?”: a tie only a lot can decide; its seats are in no party&apos;s cell.</source>
        <translation>«+ ?»: равенство, которое решит только жребий; эти мандаты не учтены ни у одной партии.</translation>
    </message>
    <message>
        <source>Only the Hare method is the law; the others are shown for comparison and are not the law.</source>
        <translation>Законом установлен только метод Хэйра; остальные показаны для сравнения и законом не являются.</translation>
    </message>
</context>
<context>
    <name>PartyResultsView</name>
    <message>
        <source>Party results</source>
        <translation>Результаты партий</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Голоса за список</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Доля (%)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Барьер</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>По спискам</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>По округам</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Всего мандатов</translation>
    </message>
    <message>
        <source>Quota required</source>
        <translation>Требуется по квоте</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Подходят под квоту</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>Квота выполнена</translation>
    </message>
    <message>
        <source>Votes cast for the party list</source>
        <translation>Голоса, поданные за партийный список</translation>
    </message>
    <message>
        <source>Share of the votes the threshold is taken of</source>
        <translation>Доля от голосов, от которых считается проходной барьер</translation>
    </message>
    <message>
        <source>Whether the party passed the threshold and takes part in the list distribution</source>
        <translation>Прошла ли партия проходной барьер и участвует ли в распределении мандатов по спискам</translation>
    </message>
    <message>
        <source>List seats held (won minus vacant)</source>
        <translation>Мандаты по списку (полученные минус вакантные)</translation>
    </message>
    <message>
        <source>List seats won that no candidate on the list can take</source>
        <translation>Полученные мандаты по списку, которые некому из списка занять</translation>
    </message>
    <message>
        <source>Single-member districts won by the party&apos;s candidates</source>
        <translation>Одномандатные округа, где победили кандидаты партии</translation>
    </message>
    <message>
        <source>List seats held plus district seats</source>
        <translation>Мандаты по списку плюс мандаты по округам</translation>
    </message>
    <message>
        <source>Mandate holders who must be women, youth or persons with disabilities</source>
        <translation>Сколько обладателей мандатов должны быть женщинами, молодёжью или лицами с инвалидностью</translation>
    </message>
    <message>
        <source>Candidates on the whole list who count toward the quota</source>
        <translation>Кандидаты всего списка, которые учитываются в квоте</translation>
    </message>
    <message>
        <source>Mandate holders who count toward the quota</source>
        <translation>Обладатели мандатов, которые учитываются в квоте</translation>
    </message>
    <message>
        <source>Whether the mandate holders meet the quota</source>
        <translation>Выполняют ли обладатели мандатов квоту</translation>
    </message>
    <message>
        <source>not on the list ballot</source>
        <translation>нет в бюллетене по спискам</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>прошла</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не прошла</translation>
    </message>
    <message>
        <source>Won {won}, of which {vacant} vacant: the list has too few candidates</source>
        <translation>Получено {won}, из них вакантно {vacant}: в списке слишком мало кандидатов</translation>
    </message>
    <message>
        <source>No candidate list in the workbook</source>
        <translation>В книге нет списка кандидатов</translation>
    </message>
    <message>
        <source>No list seat: the quota does not apply</source>
        <translation>Нет мандатов по списку: квота не применяется</translation>
    </message>
    <message>
        <source>info only</source>
        <translation>для сведения</translation>
    </message>
    <message>
        <source>The mandate quota is not law for this body; shown for information</source>
        <translation>Для этого органа квота мандатов законом не установлена; показано для сведения</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнена</translation>
    </message>
    <message>
        <source>Among the holders the party chose (Elected column)</source>
        <translation>Среди обладателей мандатов, выбранных партией (столбец «Избран»)</translation>
    </message>
    <message>
        <source>Among the suggested holders (list order, eligible candidates swapped in)</source>
        <translation>Среди предлагаемых обладателей мандатов (по порядку списка, с перемещением квотных кандидатов)</translation>
    </message>
    <message>
        <source>District seats won by self-nominated candidates</source>
        <translation>Мандаты по округам, полученные самовыдвиженцами</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>{filled} of {total} seats filled</source>
        <translation>Распределено мандатов: {filled} из {total}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n list seat(s) vacant: a list has fewer candidates than seats won.</source>
        <translation>
            <numerusform>%n мандат по спискам вакантен: в списке меньше кандидатов, чем полученных мандатов.</numerusform>
            <numerusform>%n мандата по спискам вакантны: в списке меньше кандидатов, чем полученных мандатов.</numerusform>
            <numerusform>%n мандатов по спискам вакантны: в списке меньше кандидатов, чем полученных мандатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district seat(s) pending.</source>
        <translation>
            <numerusform>%n мандат по округам не определён.</numerusform>
            <numerusform>%n мандата по округам не определены.</numerusform>
            <numerusform>%n мандатов по округам не определены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) await a drawing of lots.</source>
        <translation>
            <numerusform>%n мандат ожидает жеребьёвки.</numerusform>
            <numerusform>%n мандата ожидают жеребьёвки.</numerusform>
            <numerusform>%n мандатов ожидают жеребьёвки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaFillView</name>
    <message>
        <source>Quota fill: holders who count toward the quota, share of list seats</source>
        <translation>Выполнение квоты: учитываемые в квоте обладатели, доля мандатов по списку</translation>
    </message>
    <message>
        <source>% of the party&apos;s list seats</source>
        <translation>% мандатов партии по списку</translation>
    </message>
    <message>
        <source>No candidate data: the quota cannot be checked.</source>
        <translation>Нет данных о кандидатах: квоту проверить нельзя.</translation>
    </message>
    <message>
        <source>{filled} of {required} required</source>
        <translation>{filled} из {required} требуемых</translation>
    </message>
    <message>
        <source>info only</source>
        <translation>для сведения</translation>
    </message>
    <message>
        <source>{filled} of {required} required · {seats} seats · {eligible} eligible on list</source>
        <translation type="vanished">{filled} из {required} требуемых · мандатов: {seats} · подходящих в списке: {eligible}</translation>
    </message>
    <message>
        <source>short by {count}</source>
        <translation>не хватает: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n list seat(s)</source>
        <translation>
            <numerusform>%n мандат по списку</numerusform>
            <numerusform>%n мандата по списку</numerusform>
            <numerusform>%n мандатов по списку</numerusform>
        </translation>
    </message>
    <message>
        <source>{eligible} eligible on list</source>
        <translation>подходящих в списке: {eligible}</translation>
    </message>
    <message>
        <source>suggested holders</source>
        <translation>предлагаемые обладатели</translation>
    </message>
    <message>
        <source>for information</source>
        <translation type="vanished">для сведения</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>ScenariosPane</name>
    <message>
        <source>Name of the scenario</source>
        <translation>Название сценария</translation>
    </message>
    <message>
        <source>Save what is shown</source>
        <translation>Сохранить показанное</translation>
    </message>
    <message>
        <source>Open as what-if</source>
        <translation>Открыть как «что если»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>Include in exports</source>
        <translation>Включать в экспорт</translation>
    </message>
    <message>
        <source>Add the saved scenarios to exported results (a sheet each), to the PDF report and to printouts (a section), each marked as a what-if.</source>
        <translation>Добавлять сохранённые сценарии в экспорт результатов (по листу на каждый), в PDF-отчёт и при печати (отдельный раздел), каждый с пометкой «что если».</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>{file}: the scenarios cannot be saved ({problem}); the file is as it was.</source>
        <translation>{file}: сценарии не удаётся сохранить ({problem}); файл остался прежним.</translation>
    </message>
    <message>
        <source>{file}: the scenarios cannot be read ({problem}). Nothing is saved over the file until it is repaired or moved away.</source>
        <translation>{file}: сценарии не удаётся прочитать ({problem}). Поверх этого файла ничего не сохраняется, пока его не исправят или не уберут.</translation>
    </message>
    <message>
        <source>Saved in {file}.</source>
        <translation>Сохранено в {file}.</translation>
    </message>
    <message>
        <source>Open scenario {name}</source>
        <translation>Открыть сценарий {name}</translation>
    </message>
    <message>
        <source>{name} — cannot be used</source>
        <translation>{name} — нельзя использовать</translation>
    </message>
    <message>
        <source>{name} — not the law</source>
        <translation>{name} — не по закону</translation>
    </message>
    <message>
        <source>This scenario cannot be used:</source>
        <translation>Этот сценарий нельзя использовать:</translation>
    </message>
    <message>
        <source>Figures as read</source>
        <translation>Данные из файла</translation>
    </message>
    <message>
        <source>These settings cannot be used.</source>
        <translation type="vanished">Эти настройки нельзя применить.</translation>
    </message>
    <message>
        <source>Total seats per party; the difference is the right minus the left.</source>
        <translation>Всего мандатов по партиям; разница — правый столбец минус левый.</translation>
    </message>
</context>
<context>
    <name>SeatCurveChart</name>
    <message>
        <source>List seats</source>
        <translation type="vanished">Мандаты по списку</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <source>{party} with {votes} votes: {seats} list seat(s)</source>
        <translation>{party} при {votes} голосах: мандатов по списку — {seats}</translation>
    </message>
    <message>
        <source>{party}: {seats} list seats with {votes} votes</source>
        <translation type="vanished">{party}: {seats} мандатов по списку при {votes} голосах</translation>
    </message>
    <message>
        <source>(steps cut off)</source>
        <translation>(ступени обрезаны)</translation>
    </message>
    <message>
        <source>▼ More votes can give {party} fewer seats: the line steps down at each red mark.</source>
        <translation>▼ Больше голосов может дать партии {party} меньше мандатов: у каждой красной отметки линия идёт вниз.</translation>
    </message>
</context>
<context>
    <name>SeatsByTierView</name>
    <message>
        <source>Seats: list (solid) and district (hatched)</source>
        <translation>Мандаты: списки (заливка) и округа (штриховка)</translation>
    </message>
    <message>
        <source>Vote share (light) vs seat share (solid), %</source>
        <translation>Доля голосов (светлые) и доля мандатов (тёмные), %</translation>
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
        <translation>Мандаты по спискам</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Мандаты по округам</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Проходной барьер</translation>
    </message>
    <message>
        <source>Threshold base</source>
        <translation>База барьера</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Quota (women, youth, disability)</source>
        <translation>Квота (женщины, молодёжь, инвалиды)</translation>
    </message>
    <message>
        <source>Youth: younger than</source>
        <translation>Молодёжь: моложе</translation>
    </message>
    <message>
        <source>“Against all” leads a district</source>
        <translation>В округе впереди «против всех»</translation>
    </message>
    <message>
        <source>Equal remainders</source>
        <translation>Равные остатки</translation>
    </message>
    <message>
        <source>Only one party passes</source>
        <translation>Если барьер прошла одна партия</translation>
    </message>
    <message>
        <source>Admit the runner-up (2009 rule)</source>
        <translation>Допустить вторую партию (правило 2009 года)</translation>
    </message>
    <message>
        <source>Admit the runner-up (pre-2022 rule)</source>
        <translation type="vanished">Допуск второй партии (до 2022 г.)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <source>Reset to workbook</source>
        <translation>Вернуть как в книге</translation>
    </message>
    <message>
        <source>Changed from the workbook</source>
        <translation>Изменено по сравнению с книгой</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ from the workbook.</source>
        <translation>
            <numerusform>%n настройка отличается от книги.</numerusform>
            <numerusform>%n настройки отличаются от книги.</numerusform>
            <numerusform>%n настроек отличаются от книги.</numerusform>
        </translation>
    </message>
    <message>
        <source>This method is not the law; it is shown for comparison only.</source>
        <translation>Этот метод не предусмотрен законом; он показан только для сравнения.</translation>
    </message>
    <message>
        <source>Give “Ballots cast” on the workbook&apos;s Election sheet, or choose another threshold base.</source>
        <translation>Укажите «Поданные бюллетени» на листе «Выборы» книги или выберите другую базу барьера.</translation>
    </message>
    <message>
        <source>These settings cannot be used:</source>
        <translation>Эти настройки нельзя использовать:</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Поданные бюллетени</translation>
    </message>
</context>
<context>
    <name>SimulationPane</name>
    <message>
        <source>Absolute points</source>
        <translation>Абсолютные пункты</translation>
    </message>
    <message>
        <source>Proportional to each share</source>
        <translation>Пропорционально каждой доле</translation>
    </message>
    <message>
        <source>A poll of N respondents</source>
        <translation>Опрос N респондентов</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Poll size</source>
        <translation>Размер опроса</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Прогоны</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Новое зерно</translation>
    </message>
    <message>
        <source>Draw the districts&apos; votes too</source>
        <translation>Разыгрывать и голоса в округах</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Моделировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Seats (mean)</source>
        <translation>Мандаты (среднее)</translation>
    </message>
    <message>
        <source>Seats, 5–95 %</source>
        <translation>Мандаты, 5–95 %</translation>
    </message>
    <message>
        <source>P(pass)</source>
        <translation>P(порог)</translation>
    </message>
    <message>
        <source>P(majority)</source>
        <translation>P(большинство)</translation>
    </message>
    <message>
        <source>P(two-thirds)</source>
        <translation>P(две трети)</translation>
    </message>
    <message>
        <source> % of each share</source>
        <translation> % от каждой доли</translation>
    </message>
    <message>
        <source> points</source>
        <translation> п.</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Моделирование…</translation>
    </message>
    <message>
        <source>The table shows the earlier simulation until this one ends.</source>
        <translation>До окончания этого моделирования в таблице — предыдущее.</translation>
    </message>
    <message>
        <source>The simulation failed: {error}</source>
        <translation>Моделирование не удалось: {error}</translation>
    </message>
    <message>
        <source>Cancelled; no runs of it are kept.</source>
        <translation>Отменено; прогоны этого моделирования не сохранены.</translation>
    </message>
    <message>
        <source>{runs} run(s) ended in a tie, counted by the odds of a fair lot</source>
        <translation>прогонов с равенством: {runs}, учтены по шансам честного жребия</translation>
    </message>
    <message>
        <source>Shown: the earlier simulation, {summary}.</source>
        <translation>Показано предыдущее моделирование: {summary}.</translation>
    </message>
    <message>
        <source>The figures or settings have changed since: press Simulate to run it again on what is shown now.</source>
        <translation>С тех пор цифры или настройки изменились: нажмите «Моделировать», чтобы повторить его для того, что показано сейчас.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Отменено.</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>зерно {seed}</translation>
    </message>
    <message>
        <source>{runs} runs ended in a tie, counted by the odds of a fair lot</source>
        <translation type="vanished">прогонов с равенством: {runs}, учтены по шансам честного жребия</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n прогон</numerusform>
            <numerusform>%n прогона</numerusform>
            <numerusform>%n прогонов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаты</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетени</translation>
    </message>
    <message>
        <source>Valid list ballots</source>
        <translation>Действительные бюллетени по спискам</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Проходной барьер</translation>
    </message>
    <message>
        <source>Votes needed</source>
        <translation>Нужно голосов</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Parties passed</source>
        <translation>Прошли барьер</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>Votes of admitted parties</source>
        <translation>Голоса допущенных партий</translation>
    </message>
    <message>
        <source>The fewest whole votes that pass (the threshold exactly: {exact})</source>
        <translation>Наименьшее целое число голосов для прохождения барьера (точно: {exact})</translation>
    </message>
    <message>
        <source>at least {percent} ({registered} registered; ballots cast not given)</source>
        <translation>не меньше {percent} (избирателей: {registered}; число бюллетеней не указано)</translation>
    </message>
    <message>
        <source>{ballots} ballots cast; registered voters not given</source>
        <translation>подано бюллетеней: {ballots}; число избирателей в списках не указано</translation>
    </message>
    <message>
        <source>Awaiting a lot</source>
        <translation>Ждут жеребьёвки</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>Применённые настройки</translation>
    </message>
    <message>
        <source>Mandate quota</source>
        <translation>Квота мандатов</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <source>Against all leads</source>
        <translation>Если впереди «против всех»</translation>
    </message>
    <message>
        <source>Equal remainders</source>
        <translation>Равные остатки</translation>
    </message>
    <message>
        <source>Only one party passes</source>
        <translation>Если барьер прошла одна партия</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Копировать сводку</translation>
    </message>
    <message>
        <source>Copy the summary as text</source>
        <translation>Скопировать сводку как текст</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Результата пока нет</translation>
    </message>
    <message>
        <source>{list} list + {district} district = {total}</source>
        <translation>{list} по спискам + {district} по округам = {total}</translation>
    </message>
    <message>
        <source>{n} (party votes + against all)</source>
        <translation>{n} (голоса за партии + против всех)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>{percent} of {base}</source>
        <translation>{percent} от {base}</translation>
    </message>
    <message>
        <source>{passed} of {parties}</source>
        <translation>{passed} из {parties}</translation>
    </message>
    <message>
        <source>{method}: not the law</source>
        <translation>{method}: не предусмотрен законом</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s law distributes list seats by the Hare quota with largest remainders. This method is shown for comparison only.</source>
        <translation>По закону Казахстана мандаты по спискам распределяются по первому избирательному частному (квота Хэра) с наибольшими остатками. Этот метод показан только для сравнения.</translation>
    </message>
    <message>
        <source>Not the law</source>
        <translation>Не по закону</translation>
    </message>
    <message>
        <source>none (divisor method)</source>
        <translation>нет (метод делителей)</translation>
    </message>
    <message>
        <source>{kind}: {value} votes per seat (= {exact})</source>
        <translation>{kind}: голосов на мандат — {value} (= {exact})</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>применяется</translation>
    </message>
    <message>
        <source>information only: not law for this body</source>
        <translation>только для сведения: для этого органа законом не установлена</translation>
    </message>
    <message>
        <source>{percent}, {rounding}; {applies}</source>
        <translation>{percent}, {rounding}; {applies}</translation>
    </message>
    <message>
        <source>younger than {age} on election day</source>
        <translation>моложе {age} лет на день выборов</translation>
    </message>
    <message>
        <source>no election date given, so ages cannot be checked</source>
        <translation>дата выборов не указана, поэтому возраст проверить нельзя</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Ballots, quota, seats and every setting used</source>
        <translation>Бюллетени, квота, мандаты и все применённые настройки</translation>
    </message>
    <message>
        <source>{percent} ({ballots} ballots of {registered} registered voters)</source>
        <translation>{percent} (бюллетеней: {ballots}; избирателей в списках: {registered})</translation>
    </message>
    <message>
        <source>{winners} by lot between {names}</source>
        <translation>{winners} — по жребию среди: {names}</translation>
    </message>
    <message>
        <source>District {district}: {text}</source>
        <translation>Округ {district}: {text}</translation>
    </message>
    <message>
        <source>(drawn {drawn_on})</source>
        <translation>(жеребьёвка: {drawn_on})</translation>
    </message>
    <message>
        <source>District {district}: {names}</source>
        <translation>Округ {district}: {names}</translation>
    </message>
    <message>
        <source>List tier: {seats} seat(s) between {names}</source>
        <translation>По спискам: спорных мандатов — {seats}, претенденты: {names}</translation>
    </message>
    <message>
        <source>threshold {percent} = {votes} votes</source>
        <translation>барьер {percent} = {votes} голосов</translation>
    </message>
    <message>
        <source>{passed} of {parties} parties passed</source>
        <translation>прошли барьер {passed} из {parties} партий</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}
The window is still usable; the last action had no effect.</source>
        <translation>Что-то пошло не так: {summary}
Окном можно пользоваться дальше; последнее действие не выполнено.</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>Подробности записаны в {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>WarningsView</name>
    <message>
        <source>Warnings and notes</source>
        <translation>Предупреждения и примечания</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>No warnings or notes.</source>
        <translation>Нет предупреждений и примечаний.</translation>
    </message>
    <message>
        <source>Errors: {n}</source>
        <translation>Ошибки: {n}</translation>
    </message>
    <message>
        <source>Warnings: {n}</source>
        <translation>Предупреждения: {n}</translation>
    </message>
    <message>
        <source>Notes: {n}</source>
        <translation>Примечания: {n}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <source>Figures as read</source>
        <translation>Данные из файла</translation>
    </message>
    <message>
        <source>Undo every what-if edit in one step</source>
        <translation>Отменить все правки «что если» за один шаг</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source> points</source>
        <translation> п.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>к</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Голоса за список</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>По списку</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Всего мандатов</translation>
    </message>
    <message>
        <source>± as read</source>
        <translation>± к данным</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>Double-click a count or a share to change it; choose a district&apos;s winner in its list. Seats that changed hands are outlined on the hemicycle.</source>
        <translation>Дважды щёлкните по числу голосов или доле, чтобы изменить их; победителя округа выберите в списке. Мандаты, сменившие владельца, обведены на полукруге.</translation>
    </message>
    <message>
        <source>The figures as read. Edit a count to ask “what if”.</source>
        <translation>Данные из файла. Измените число, чтобы спросить «что если».</translation>
    </message>
    <message>
        <source>Choose the party that loses the votes (“from”).</source>
        <translation>Выберите партию, которая теряет голоса («от»).</translation>
    </message>
    <message>
        <source>Choose the party that gains the votes (“to”).</source>
        <translation>Выберите партию, которая получает голоса («к»).</translation>
    </message>
    <message>
        <source>“From” and “to” are the same: choose another party.</source>
        <translation>«От» и «к» — одна и та же партия: выберите другую.</translation>
    </message>
    <message>
        <source>Move the points from {source} to {target}</source>
        <translation>Перенести пункты от {source} к {target}</translation>
    </message>
    <message>
        <source>What-if: no seat changes hands.</source>
        <translation>Что если: ни один мандат не меняет владельца.</translation>
    </message>
    <message>
        <source>What-if: one seat changes hands.</source>
        <translation>Что если: один мандат меняет владельца.</translation>
    </message>
    <message>
        <source>What-if: {count} seat(s) change hands.</source>
        <translation>Что если: мандатов, меняющих владельца: {count}.</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation type="vanished">самовыдвиженец</translation>
    </message>
    <message>
        <source>{party}: {votes} votes</source>
        <translation>{party}: {votes} голосов</translation>
    </message>
    <message>
        <source>Move {points} points from {source} to {target}</source>
        <translation>Перенести {points} от {source} к {target}</translation>
    </message>
    <message>
        <source>District {district}: {candidate} wins</source>
        <translation>Округ {district}: побеждает {candidate}</translation>
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
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a results workbook (.xlsx)</source>
        <translation>Открыть книгу с результатами (.xlsx)</translation>
    </message>
    <message>
        <source>Open the 2023 Mazhilis &amp;sample</source>
        <translation>Открыть при&amp;мер: Мажилис 2023</translation>
    </message>
    <message>
        <source>The bundled sample with the official 2023 figures</source>
        <translation>Встроенный пример с официальными данными 2023 года</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>Создать из &amp;шаблона…</translation>
    </message>
    <message>
        <source>Write an empty workbook in the right format and open it</source>
        <translation>Создать пустую книгу в нужном формате и открыть её</translation>
    </message>
    <message>
        <source>&amp;Export results (.xlsx)…</source>
        <translation>&amp;Экспорт результатов (.xlsx)…</translation>
    </message>
    <message>
        <source>Write the full result to a new workbook</source>
        <translation>Записать полный результат в новую книгу</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Экспорт &amp;диаграммы…</translation>
    </message>
    <message>
        <source>The hemicycle as SVG, PNG or PDF</source>
        <translation>Полукруг в формате SVG, PNG или PDF</translation>
    </message>
    <message>
        <source>Export PDF &amp;report…</source>
        <translation>Экспорт о&amp;тчёта PDF…</translation>
    </message>
    <message>
        <source>The multi-page report with the audit trail and signatures</source>
        <translation>Многостраничный отчёт с ходом расчёта и подписями</translation>
    </message>
    <message>
        <source>&amp;Include saved scenarios</source>
        <translation>&amp;Включать сохранённые сценарии</translation>
    </message>
    <message>
        <source>Add the scenarios saved beside the workbook to exported results, reports and printouts, each marked as a what-if</source>
        <translation>Добавлять сценарии, сохранённые рядом с книгой, в экспорт результатов, отчёты и печать, каждый с пометкой «что если»</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>П&amp;редпросмотр печати…</translation>
    </message>
    <message>
        <source>See the report as it will print</source>
        <translation>Посмотреть отчёт так, как он будет напечатан</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Напечатать отчёт</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Копировать таблицу</translation>
    </message>
    <message>
        <source>Copy the table shown to the clipboard (tab-separated)</source>
        <translation>Скопировать показанную таблицу в буфер обмена (через табуляцию)</translation>
    </message>
    <message>
        <source>&amp;Forget recorded lots</source>
        <translation>&amp;Забыть записанные жеребьёвки</translation>
    </message>
    <message>
        <source>Remove the lot results recorded for this workbook</source>
        <translation>Удалить итоги жеребьёвок, записанные для этой книги</translation>
    </message>
    <message>
        <source>&amp;About kzseats</source>
        <translation>&amp;О программе kzseats</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>This export is not available in this build ({error}).</source>
        <translation>Этот экспорт недоступен в данной сборке ({error}).</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>Не удалось записать файл</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Table copied to the clipboard</source>
        <translation>Таблица скопирована в буфер обмена</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Parties</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округа</translation>
    </message>
    <message>
        <source>Candidates &amp;&amp; quota</source>
        <translation>Кандидаты &amp;&amp; квота</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Ход расчёта</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Предупреждения и примечания</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>What-if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Запасы</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Изменить настройки</translation>
    </message>
    <message>
        <source>Back to the figures as read</source>
        <translation>Вернуться к данным из файла</translation>
    </message>
    <message>
        <source>The workbench could not analyse the figures shown (the details are in the log): its tabs hold the last figures it analysed, if any. The result tabs are not affected.</source>
        <translation>Не удалось проанализировать показанные цифры (подробности — в журнале): вкладки анализа показывают последние проанализированные цифры, если они есть. Вкладки результатов это не затрагивает.</translation>
    </message>
</context>
<context>
    <name>WorkbookErrorDialog</name>
    <message>
        <source>The workbook cannot be used</source>
        <translation>Книгу нельзя использовать</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s) must be fixed before the workbook can be used.</source>
        <translation>
            <numerusform>{file}: чтобы книгу можно было использовать, нужно исправить %n проблему.</numerusform>
            <numerusform>{file}: чтобы книгу можно было использовать, нужно исправить %n проблемы.</numerusform>
            <numerusform>{file}: чтобы книгу можно было использовать, нужно исправить %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>Книга</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Double-click a problem to see it in full. Ctrl+C copies the selected rows.</source>
        <translation>Дважды щёлкните по проблеме, чтобы увидеть её полностью. Ctrl+C копирует выделенные строки.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>kzseats-gui: no display available (DISPLAY and WAYLAND_DISPLAY are not set); to render the window to a picture instead, run: kzseats-gui --screenshot window.png</source>
        <translation>kzseats-gui: дисплей недоступен (DISPLAY и WAYLAND_DISPLAY не заданы); чтобы вместо этого сохранить окно в картинку, выполните: kzseats-gui --screenshot window.png</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>{dpi} dpi gives an image too large to write.</source>
        <translation>При {dpi} dpi изображение получается слишком большим для записи.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation type="vanished">Не удалось записать {path}.</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>Не удалось нарисовать диаграмму.</translation>
    </message>
    <message>
        <source>Unknown chart format {suffix}: use .svg, .png or .pdf.</source>
        <translation>Неизвестный формат диаграммы {suffix}: используйте .svg, .png или .pdf.</translation>
    </message>
    <message>
        <source>The resolution must be above 0 dpi.</source>
        <translation>Разрешение должно быть больше 0 dpi.</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>мандатов</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Большинство</translation>
    </message>
    <message>
        <source>Two-thirds</source>
        <translation>Две трети</translation>
    </message>
    <message>
        <source>{label}: {seats}</source>
        <translation>{label}: {seats}</translation>
    </message>
    <message>
        <source>list</source>
        <translation>по списку</translation>
    </message>
    <message>
        <source>district</source>
        <translation>по округу</translation>
    </message>
    <message>
        <source>List seat</source>
        <translation>Мандат по списку</translation>
    </message>
    <message>
        <source>District seat</source>
        <translation>Мандат по округу</translation>
    </message>
    <message>
        <source>{hover} — decided by lot</source>
        <translation>{hover} — решено жребием</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year} г.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
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
        <translation>{party} — мандат {tier}</translation>
    </message>
    <message>
        <source>{member} — {party}, {tier} seat</source>
        <translation>{member} — {party}, мандат {tier}</translation>
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
        <translation>{pending} — мандат {tier}, жребий между: {between}</translation>
    </message>
    <message>
        <source>{vacant} — {tier} seat of {party}</source>
        <translation>{vacant} — мандат {tier} партии {party}</translation>
    </message>
    <message>
        <source>{seats} seat(s) await a drawing of lots</source>
        <translation>Мандатов, ожидающих жеребьёвки: {seats}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>The {language} translation is missing ({file}): the window shows English.</source>
        <translation>Перевод ({language}) не найден ({file}): окно показано на английском.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Admitted parties: {parties}, with {votes} votes in total.</source>
        <translation>Допущены партии: {parties}; всего голосов: {votes}.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; is given twice (also at {other}). Keep one row.</source>
        <translation>«Против всех» указано дважды (ещё: {other}). Оставьте одну строку.</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) received more votes than the winner ({votes}); the law gives no rule for this, the leading candidate wins.</source>
        <translation type="vanished">Округ {district}: «против всех» ({against_all}) получило больше голосов, чем победитель ({votes}); закон этот случай не регулирует, побеждает лидирующий кандидат.</translation>
    </message>
    <message>
        <source>The ballots cast ({ballots}) are fewer than the valid list ballots ({valid}); check the figures.</source>
        <translation>Поданных бюллетеней ({ballots}) меньше, чем действительных бюллетеней по спискам ({valid}); проверьте цифры.</translation>
    </message>
    <message>
        <source>Ballots cast is {ballots}, fewer than the {valid} valid votes (party votes and against all) plus {invalid} invalid ballots. One of the figures is mistyped: correct it.</source>
        <translation>Число поданных бюллетеней {ballots} меньше, чем {valid} действительных голосов (за партии и против всех) плюс {invalid} недействительных бюллетеней. Одно из чисел введено с ошибкой: исправьте его.</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>допущение</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>практика</translation>
    </message>
    <message>
        <source>statute</source>
        <translation>закон</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>{candidate} is listed twice in district {district} (also at {other}). Keep one row per candidate.</source>
        <translation>Округ {district}: {candidate} указан дважды (ещё: {other}). Оставьте по одной строке на кандидата.</translation>
    </message>
    <message>
        <source>{what} is missing. Every list candidate needs Party, Position and Name.</source>
        <translation>Не заполнено: {what}. У каждого кандидата из списка должны быть указаны «Партия», «Номер» и «ФИО».</translation>
    </message>
    <message>
        <source>A row without a candidate name. Write the name, or clear the row.</source>
        <translation>Строка без имени кандидата. Впишите ФИО или очистите строку.</translation>
    </message>
    <message>
        <source>{party} is not on the Parties sheet. Write the party&apos;s name or short name as on the Parties sheet.</source>
        <translation>Партии {party} нет на листе «Партии». Впишите название или краткое название партии так, как на листе «Партии».</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; in district {district} has {votes} votes, exactly the sum of the other candidates, and no party: it looks like a total row. Delete it if it is a total; the workbook is refused until this is clear.</source>
        <translation>«{name}» в округе {district} имеет {votes} голосов — ровно сумму остальных кандидатов — и не имеет партии: похоже на строку итога. Удалите её, если это итог; до выяснения книга не принимается.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; in district {district} is a total row, not a candidate: it was left out.</source>
        <translation>«{name}» в округе {district} — строка итога, а не кандидат: она не учтена.</translation>
    </message>
    <message>
        <source>Candidates are listed for {party}, which is not among the parties.</source>
        <translation>Указаны кандидаты партии {party}, которой нет среди партий.</translation>
    </message>
    <message>
        <source>{what} shows the error {value}. Fix the formula or type the value.</source>
        <translation>{what}: ошибка {value}. Исправьте формулу или введите значение.</translation>
    </message>
    <message>
        <source>The cell holds the formula {formula} but no calculated value was saved. Open the file in Excel or LibreOffice, let it recalculate, and save it (or type the value instead of the formula).</source>
        <translation>В ячейке формула {formula}, но вычисленное значение не сохранено. Откройте файл в Excel или LibreOffice, дайте ему пересчитаться и сохраните (или введите значение вместо формулы).</translation>
    </message>
    <message>
        <source>The cell is marked as a number but holds &quot;{text}&quot;; retype the value.</source>
        <translation>Ячейка помечена как числовая, но содержит «{text}»; введите значение заново.</translation>
    </message>
    <message>
        <source>The cell reference {ref} is not valid (columns run A to XFD).</source>
        <translation>Недопустимая ссылка на ячейку {ref} (столбцы — от A до XFD).</translation>
    </message>
    <message>
        <source>The cell holds text outside any value or inline string; the workbook is damaged. Save it again from Excel or LibreOffice, or retype the cell.</source>
        <translation>В ячейке текст вне значения или встроенной строки; книга повреждена. Сохраните её заново в Excel или LibreOffice либо введите ячейку заново.</translation>
    </message>
    <message>
        <source>The cell holds {length} characters of text, more than the {limit} a spreadsheet cell can hold; the file is refused. Shorten the text or move it to a Notes sheet.</source>
        <translation>В ячейке {length} символов текста — больше {limit}, которые вмещает ячейка таблицы; файл не принят. Сократите текст или перенесите его на лист «Примечания».</translation>
    </message>
    <message>
        <source>{what}: &quot;{value}&quot; is not a value this app knows. Write one of: {choices}.</source>
        <translation>{what}: значение «{value}» программе неизвестно. Впишите одно из: {choices}.</translation>
    </message>
    <message>
        <source>{what} must be a colour written as #RRGGBB, such as #1F77B4; &quot;{value}&quot; is not one.</source>
        <translation>{what}: нужен цвет в виде #RRGGBB, например #1F77B4; «{value}» не подходит.</translation>
    </message>
    <message>
        <source>This column and column {other} are both {column}. Keep one.</source>
        <translation>Этот столбец и столбец {other} оба — «{column}». Оставьте один.</translation>
    </message>
    <message>
        <source>Column {column} is hidden but holds data: it was read like any other column. Unhide it to check it.</source>
        <translation>Столбец {column} скрыт, но содержит данные: он прочитан, как любой другой. Покажите его, чтобы проверить.</translation>
    </message>
    <message>
        <source>The header row has no column {column}. Add a header cell with that name (the column order is free).</source>
        <translation>В строке заголовков нет столбца {column}. Добавьте ячейку заголовка с этим названием (порядок столбцов любой).</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; is not part of the format; it was ignored.</source>
        <translation>Столбец «{column}» не входит в формат; он пропущен.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not &quot;{value}&quot;. Write a count such as 3431510 or 3 431 510.</source>
        <translation>{what}: нужно целое число, а не «{value}». Впишите количество, например 3431510 или 3 431 510.</translation>
    </message>
    <message>
        <source>{what} cannot be negative (&quot;{value}&quot;). Write a whole number of 0 or more, such as 3431510.</source>
        <translation>{what}: значение не может быть отрицательным («{value}»). Впишите целое число от 0, например 3431510.</translation>
    </message>
    <message>
        <source>{what} must be a whole number; &quot;{value}&quot; is not one. Write digits only, such as 3431510, 3 431 510 or 3,431,510.</source>
        <translation>{what}: нужно целое число, а «{value}» им не является. Пишите только цифры, например 3431510, 3 431 510 или 3,431,510.</translation>
    </message>
    <message>
        <source>{what} is the text &quot;{value}&quot;, a number in scientific notation as Excel displays it in a narrow column: the digits it does not show are lost. Type or paste the full number, such as 3431510.</source>
        <translation>{what}: текст «{value}» — число в экспоненциальной записи, как Excel показывает его в узком столбце: непоказанные цифры потеряны. Введите или вставьте полное число, например 3431510.</translation>
    </message>
    <message>
        <source>{what} must be a date; &quot;{value}&quot; is not one. Format the cell as a date or write 2023-03-19 (or 19.03.2023).</source>
        <translation>{what}: нужна дата, а «{value}» датой не является. Задайте ячейке формат даты или впишите 2023-03-19 (или 19.03.2023).</translation>
    </message>
    <message>
        <source>what-if figures, not the workbook&apos;s: {edits}</source>
        <translation>данные «что если», не из книги: {edits}</translation>
    </message>
    <message>
        <source>list seats on a local maslikhat, which has no party-list tier in the law</source>
        <translation>мандаты по спискам в местном маслихате, где по закону партийных списков нет</translation>
    </message>
    <message>
        <source>the 30 % mandate quota not applied</source>
        <translation>квота 30 % при распределении мандатов не применена</translation>
    </message>
    <message>
        <source>the 30 % mandate quota applied to a body the law does not apply it to</source>
        <translation>квота 30 % при распределении мандатов применена к органу, к которому закон её не применяет</translation>
    </message>
    <message>
        <source>the D&apos;Hondt method instead of the law&apos;s Hare quota</source>
        <translation>метод Д’Ондта вместо первого избирательного частного по закону</translation>
    </message>
    <message>
        <source>the Droop quota instead of the law&apos;s Hare quota</source>
        <translation>квота Друпа вместо первого избирательного частного по закону</translation>
    </message>
    <message>
        <source>the Sainte-Laguë method instead of the law&apos;s Hare quota</source>
        <translation>метод Сент-Лагю вместо первого избирательного частного по закону</translation>
    </message>
    <message>
        <source>a mandate quota of {percent} % (the law: 30 %)</source>
        <translation>квота {percent} % при распределении мандатов (по закону: 30 %)</translation>
    </message>
    <message>
        <source>the 30 % quota rounded down (the law says “at least”)</source>
        <translation>квота 30 % округлена вниз (в законе: «не менее»)</translation>
    </message>
    <message>
        <source>the 30 % quota rounded half up (the law says “at least”)</source>
        <translation>квота 30 % округлена до ближайшего (в законе: «не менее»)</translation>
    </message>
    <message>
        <source>remainder ties by lot instead of the earlier-registered list</source>
        <translation>равные остатки решает жребий, а не более ранняя регистрация списка</translation>
    </message>
    <message>
        <source>without the 2009 runner-up rule of this body</source>
        <translation>без правила 2009 года о второй партии, действовавшего для этого органа</translation>
    </message>
    <message>
        <source>the 2009 runner-up rule, not found in the 2022 law</source>
        <translation>правило 2009 года о второй партии, которого нет в редакции закона 2022 года</translation>
    </message>
    <message>
        <source>{list} list + {district} district seats, not the law&apos;s numbers for this body</source>
        <translation>{list} по спискам + {district} по округам: не те числа, что по закону для этого органа</translation>
    </message>
    <message>
        <source>a threshold of {percent} % (the law: {law} %)</source>
        <translation>барьер {percent} % (по закону: {law} %)</translation>
    </message>
    <message>
        <source>a threshold base other than the one the election commission used</source>
        <translation>база барьера не та, что применяла избирательная комиссия</translation>
    </message>
    <message>
        <source>districts where “against all” leads treated as void</source>
        <translation>выборы в округах, где впереди «против всех», признаются недействительными / несостоявшимися</translation>
    </message>
    <message>
        <source>youth under {age} (the law: under 29)</source>
        <translation>молодёжь до {age} лет (по закону: до 29)</translation>
    </message>
    <message>
        <source>District &quot;{district}&quot; and district &quot;{other_district}&quot; at {other} are one number written two ways: on paper they are one district, yet read apart they would elect two members. Write the district the same way in every row.</source>
        <translation>Округ «{district}» и округ «{other_district}» в ячейке {other} — один номер, записанный двумя способами: на бумаге это один округ, а по отдельности они избрали бы двух депутатов. Записывайте округ одинаково во всех строках.</translation>
    </message>
    <message>
        <source>The recorded lot for district {district} ({winners}) does not name one of the tied candidates: {between}.</source>
        <translation>Записанный итог жеребьёвки по округу {district} ({winners}) не называет одного из кандидатов с равным числом голосов: {between}.</translation>
    </message>
    <message>
        <source>The recorded lot for district {district} ({winners}) was not used: no tie there.</source>
        <translation>Записанный итог жеребьёвки по округу {district} ({winners}) не использован: там нет равенства.</translation>
    </message>
    <message>
        <source>Lots required in district {district} between {between}. Record the lot result to finish.</source>
        <translation>В округе {district} нужна жеребьёвка между кандидатами {between}. Запишите её итог, чтобы завершить расчёт.</translation>
    </message>
    <message>
        <source>A candidate row without a district. Write the district number or name.</source>
        <translation>Строка кандидата без округа. Впишите номер или название округа.</translation>
    </message>
    <message>
        <source>District {district} has votes but no candidates; the seat is pending.</source>
        <translation>Округ {district}: голоса есть, но нет кандидатов; мандат не определён.</translation>
    </message>
    <message>
        <source>District {district}: no results yet; the seat is pending.</source>
        <translation>Округ {district}: результатов пока нет; мандат не определён.</translation>
    </message>
    <message>
        <source>District {district}: the seat was decided by lot between {between}: {winner} (drawn: {drawn_on}).</source>
        <translation>Округ {district}: мандат решён жребием среди: {between}; победитель: {winner} (жеребьёвка: {drawn_on}).</translation>
    </message>
    <message>
        <source>{seats} district seat(s) have no rows in the data and are pending.</source>
        <translation>Мандатов по округам без строк в данных: {seats}; они не определены.</translation>
    </message>
    <message>
        <source>Districts: {districts}; won by party candidates {party_seats}, by self-nominated {independents}; pending {pending}; waiting for a lot {undecided}.</source>
        <translation>Округов: {districts}; выиграли кандидаты партий — {party_seats}, самовыдвиженцы — {independents}; не определено — {pending}; ждут жеребьёвки — {undecided}.</translation>
    </message>
    <message>
        <source>District {district}: {between} are tied with {votes} votes each.</source>
        <translation>Округ {district}: у кандидатов {between} поровну голосов — по {votes}.</translation>
    </message>
    <message>
        <source>District {district}: a recorded lot decides the tie ({drawn_on}): {winner}.</source>
        <translation>Округ {district}: равенство решено записанной жеребьёвкой ({drawn_on}): {winner}.</translation>
    </message>
    <message>
        <source>District {district}: lots required between {between}; the seat is undecided.</source>
        <translation>Округ {district}: нужна жеребьёвка между кандидатами {between}; мандат не определён.</translation>
    </message>
    <message>
        <source>“against all” edited: {before} → {after}</source>
        <translation>«против всех» изменено: {before} → {after}</translation>
    </message>
    <message>
        <source>votes of {candidate} in district {district} edited: {before} → {after}</source>
        <translation>голоса за {candidate} в округе {district} изменены: {before} → {after}</translation>
    </message>
    <message>
        <source>list votes of {party} edited: {before} → {after}</source>
        <translation>голоса за список {party} изменены: {before} → {after}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
    <message>
        <source>This is an Excel Binary Workbook (.xlsb). Save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Это двоичная книга Excel (.xlsb). Сохраните её как «Книга Excel (.xlsx)».</translation>
    </message>
    <message>
        <source>{path} already exists and is not a chart, report or results workbook written by kzseats; it is not written over. Choose another name, or add --overwrite to replace it.</source>
        <translation>{path} уже существует и не является диаграммой, отчётом или книгой результатов, записанными kzseats; он не перезаписывается. Выберите другое имя или добавьте --overwrite, чтобы заменить файл.</translation>
    </message>
    <message>
        <source>{path} already exists; a new workbook is never written over one (it may hold someone&apos;s figures). Choose another name, or add --overwrite to replace it.</source>
        <translation>{path} уже существует; новая книга никогда не записывается поверх существующей (в ней могут быть чьи-то данные). Выберите другое имя или добавьте --overwrite, чтобы заменить файл.</translation>
    </message>
    <message>
        <source>&quot;{party}&quot; and the party at {other} differ only in characters that cannot be seen ({chars}): on paper they are one name. Keep one row, or rename one party.</source>
        <translation>«{party}» и партия в ячейке {other} различаются только невидимыми символами ({chars}): на бумаге это одно название. Оставьте одну строку или переименуйте одну из партий.</translation>
    </message>
    <message>
        <source>{what} is {percent} %, less than one percent. If the cell meant {meant} % (a share typed as a fraction, 0.05 for 5 %), write {meant} or format the cell as a percentage; it was read as typed.</source>
        <translation>{what}: {percent} %, меньше одного процента. Если в ячейке имелось в виду {meant} % (доля, записанная дробью: 0,05 вместо 5 %), напишите {meant} или задайте ячейке процентный формат; значение прочитано как записано.</translation>
    </message>
    <message>
        <source>The same in {cell_count} cells: {cells}.</source>
        <translation>То же в ячейках ({cell_count}): {cells}.</translation>
    </message>
    <message>
        <source>The same in {cell_count} cells: {cells} …and {more_cells} more.</source>
        <translation>То же в ячейках ({cell_count}): {cells} …и ещё {more_cells}.</translation>
    </message>
    <message>
        <source>Central Election Commission, the 2023 Mazhilis election: every published percentage is of party votes + “against all” (6,366,441); invalid ballots excluded</source>
        <translation>ЦИК, выборы в Мажилис 2023 года: каждый опубликованный процент — от голосов за партии + «против всех» (6 366 441); недействительные бюллетени не входят</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) leads the best candidate ({votes}); the district is treated as void and its seat stays pending.</source>
        <translation type="vanished">Округ {district}: «против всех» ({against_all}) опережает лучшего кандидата ({votes}); округ считается недействительным, мандат остаётся неопределённым.</translation>
    </message>
    <message>
        <source>District {district}: {candidate} ({party}) wins with {votes} votes, margin {margin}.</source>
        <translation>Округ {district}: побеждает {candidate} ({party}); голосов — {votes}, отрыв — {margin}.</translation>
    </message>
    <message>
        <source>District {district}: {candidate} ({party}) takes the seat by lot after a tie at {votes} votes.</source>
        <translation>Округ {district}: {candidate} ({party}) получает мандат по жребию после равенства ({votes} голосов).</translation>
    </message>
    <message>
        <source>District {district}: {candidate} (self-nominated) wins with {votes} votes, margin {margin}.</source>
        <translation>Округ {district}: побеждает {candidate} (самовыдвиженец); голосов — {votes}, отрыв — {margin}.</translation>
    </message>
    <message>
        <source>{count} districts are listed but there are only {seats} district seats. Remove the extra districts or set District seats on the Election sheet.</source>
        <translation>Указано округов: {count}, а мандатов по округам только {seats}. Удалите лишние округа или задайте «Мандаты по округам» на листе «Выборы».</translation>
    </message>
    <message>
        <source>Lowest quotient that won a seat: {lowest_won}; highest that did not: {highest_lost}.</source>
        <translation>Наименьшее частное, получившее мандат: {lowest_won}; наибольшее, не получившее: {highest_lost}.</translation>
    </message>
    <message>
        <source>{party}: {votes} votes, {seats} seat(s); quotient of its last seat {last_quotient}, of its next seat {next_quotient}.</source>
        <translation>{party}: голосов — {votes}, мандатов — {seats}; частное последнего мандата — {last_quotient}, следующего — {next_quotient}.</translation>
    </message>
    <message>
        <source>Each seat goes to the largest quotient votes / (seats held + 1).</source>
        <translation>Каждый мандат получает наибольшее частное: голоса / (полученные мандаты + 1).</translation>
    </message>
    <message>
        <source>Each seat goes to the largest quotient votes / (2 x seats held + 1).</source>
        <translation>Каждый мандат получает наибольшее частное: голоса / (2 x полученные мандаты + 1).</translation>
    </message>
    <message>
        <source>The header row must name the columns Setting [Параметр] and Value [Значение].</source>
        <translation>В строке заголовков должны быть столбцы «Параметр» [Setting] и «Значение» [Value].</translation>
    </message>
    <message>
        <source>{setting} cannot be negative ({value}).</source>
        <translation>{setting}: значение не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <source>{setting} must be between 0 and 100, not {value}.</source>
        <translation>{setting}: значение должно быть от 0 до 100, а не {value}.</translation>
    </message>
    <message>
        <source>{setting} must be given for the body {body}: write its value on the Election sheet (columns Setting and Value).</source>
        <translation>{setting}: для органа {body} значение обязательно — впишите его на листе «Выборы» (столбцы «Параметр» и «Значение»).</translation>
    </message>
    <message>
        <source>The file is empty. Choose the saved workbook, or save it again.</source>
        <translation>Файл пуст. Выберите сохранённую книгу или сохраните её заново.</translation>
    </message>
    <message>
        <source>This is a folder, not a workbook. Choose an .xlsx file.</source>
        <translation>Это папка, а не книга. Выберите файл .xlsx.</translation>
    </message>
    <message>
        <source>The file does not exist. Check the name and the folder.</source>
        <translation>Файл не существует. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>This zip archive holds no workbook (perhaps a Word or other document). Choose the .xlsx results file.</source>
        <translation>В этом zip-архиве нет книги (возможно, это документ Word или другой). Выберите файл результатов .xlsx.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook. Open it in Excel or LibreOffice and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Это не книга .xlsx. Откройте её в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)».</translation>
    </message>
    <message>
        <source>This is an OpenDocument (.ods) spreadsheet. Save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Это электронная таблица OpenDocument (.ods). Сохраните её как «Книга Excel (.xlsx)».</translation>
    </message>
    <message>
        <source>The file cannot be opened: permission denied. Copy it somewhere you may read it.</source>
        <translation>Файл не открывается: нет доступа. Скопируйте его туда, где у вас есть право на чтение.</translation>
    </message>
    <message>
        <source>The file is {size} bytes, more than the {limit} bytes a results workbook may have. Remove sheets the calculation does not need.</source>
        <translation>Размер файла — {size} байт, а книга результатов может занимать не больше {limit} байт. Удалите листы, не нужные для расчёта.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Файл не читается ({reason}).</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 (.xls) file or a password-protected workbook. Save it as &quot;Excel Workbook (.xlsx)&quot; without a password.</source>
        <translation>Это старый файл Excel 97-2003 (.xls) или книга, защищённая паролем. Сохраните её как «Книга Excel (.xlsx)» без пароля.</translation>
    </message>
    <message>
        <source>{what} must be F or M (Ж/М, Ә/Е); &quot;{value}&quot; is neither.</source>
        <translation>{what}: нужно F или M (Ж/М, Ә/Е); «{value}» не подходит.</translation>
    </message>
    <message>
        <source>The header &quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as the column {meant}.</source>
        <translation>Заголовок «{written}» смешивает похожие латинские и кириллические буквы ({letters}); прочитан как столбец {meant}.</translation>
    </message>
    <message>
        <source>{party}: {holders} candidates are marked elected, but the party holds {seats} seats.</source>
        <translation>{party}: избранными отмечено кандидатов — {holders}, а мандатов у партии — {seats}.</translation>
    </message>
    <message>
        <source>Self-nominated district winners: {seats}.</source>
        <translation>Самовыдвиженцев, победивших в округах: {seats}.</translation>
    </message>
    <message>
        <source>{party}: {votes} / quota = {quotas}; integer part: {seats}.</source>
        <translation>{party}: {votes} / квота = {quotas}; целая часть: {seats}.</translation>
    </message>
    <message>
        <source>Integer parts give {seats} seat(s); {leftover} left over for the remainders.</source>
        <translation>По целым частям распределено мандатов: {seats}; по остаткам остаётся: {leftover}.</translation>
    </message>
    <message>
        <source>{seats} of the {leftover} leftover seats went by remainder to: {parties}.</source>
        <translation>Из оставшихся мандатов ({leftover}) по остаткам распределено {seats}: {parties}.</translation>
    </message>
    <message>
        <source>{basis}: {source}</source>
        <translation>{basis}: {source}</translation>
    </message>
    <message>
        <source>{party}: list of {length} names, {eligible} eligible (share ok: {eligible_ok}); at most {max_length} names allowed (ok: {length_ok}).</source>
        <translation>{party}: кандидатов в списке — {length}, из квотных категорий — {eligible} (доля соблюдена: {eligible_ok}); допускается не более {max_length} (соблюдено: {length_ok}).</translation>
    </message>
    <message>
        <source>{party}: only {eligible} of {length} list candidates count toward the {percent} % quota.</source>
        <translation>{party}: из кандидатов списка ({length}) в квоте {percent} % учитываются только {eligible}.</translation>
    </message>
    <message>
        <source>{party} won {won} list seats but its list has only {candidates} candidates: {vacant} seat(s) stay vacant.</source>
        <translation>{party}: получено мандатов по списку — {won}, а кандидатов в списке только {candidates}; вакантными остаются мандатов: {vacant}.</translation>
    </message>
    <message>
        <source>{party}: {seats} list seat(s).</source>
        <translation>{party}: мандатов по списку — {seats}.</translation>
    </message>
    <message>
        <source>A local maslikhat has no party-list tier in the law; the {seats} list seats here are a what-if, not the law.</source>
        <translation>У местного маслихата по закону нет партийных списков; {seats} мандатов по спискам здесь — моделирование, не закон.</translation>
    </message>
    <message>
        <source>List seats given: {seats} of {of} ({undecided} waiting for a lot).</source>
        <translation>Распределено мандатов по спискам: {seats} из {of} (ждут жеребьёвки: {undecided}).</translation>
    </message>
    <message>
        <source>{seats} list seats are left vacant.</source>
        <translation>Вакантными остаются мандатов по спискам: {seats}.</translation>
    </message>
    <message>
        <source>Tie: {between} have equal standings ({standing}) for {seats} seat(s).</source>
        <translation>Равенство: у претендентов ({between}) равные показатели ({standing}); спорных мандатов: {seats}.</translation>
    </message>
    <message>
        <source>{party}: the list has {length} names; at most {max_length} are allowed.</source>
        <translation>{party}: кандидатов в списке — {length}; допускается не более {max_length}.</translation>
    </message>
    <message>
        <source>{what} has {given} here but {summed} in total on the {sheet_name} sheet. Make the two agree, or leave this cell blank to use the {sheet_name} total.</source>
        <translation>{what}: здесь {given}, а в сумме на листе {sheet_name} — {summed}. Согласуйте значения или оставьте эту ячейку пустой, чтобы взять итог листа {sheet_name}.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; holds counts but matches no party on the Parties sheet ({parties}). Rename it to a party&apos;s name or short name, or add the party to the Parties sheet.</source>
        <translation>В столбце «{column}» есть числа, но он не соответствует ни одной партии на листе «Партии» ({parties}). Переименуйте его в название или краткое название партии либо добавьте партию на лист «Партии».</translation>
    </message>
    <message>
        <source>{rows} rows of list votes were summed.</source>
        <translation>Просуммированы строки голосов по спискам: {rows}.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; is a total of the parties&apos; columns, not a party: it was not summed.</source>
        <translation>Столбец «{column}» — итог по столбцам партий, а не партия: он не суммировался.</translation>
    </message>
    <message>
        <source>Row {row} (&quot;{name}&quot;) is a total of the rows above, not a region or polling station: it was left out of the sums.</source>
        <translation>Строка {row} («{name}») — итог строк выше, а не регион или участок: она не вошла в суммы.</translation>
    </message>
    <message>
        <source>The recorded lot ({winners}) does not decide the tie between {between} for {seats} seat(s): it must name {seats} of the tied parties.</source>
        <translation>Записанный итог жеребьёвки ({winners}) не решает равенство ({between}) за мандаты ({seats}): в нём должно быть названо столько партий из числа равных, сколько спорных мандатов ({seats}).</translation>
    </message>
    <message>
        <source>The recorded list lot ({winners}) was not used: no list tie needed it.</source>
        <translation>Записанный итог жеребьёвки по спискам ({winners}) не использован: равенства по спискам нет.</translation>
    </message>
    <message>
        <source>Lots required: {between} are tied for {seats} list seat(s). Record the lot result to finish.</source>
        <translation>Нужна жеребьёвка: равенство ({between}), спорных мандатов по спискам: {seats}. Запишите итог жеребьёвки, чтобы завершить расчёт.</translation>
    </message>
    <message>
        <source>{party}: quota {percent} % of {seats} seats = {required} required; the chosen holders include {filled} eligible (list: {eligible} eligible); met: {met}.</source>
        <translation>{party}: квота {percent} % от {seats} мандатов = требуется {required}; среди выбранных обладателей мандатов квотных — {filled} (в списке — {eligible}); выполнена: {met}.</translation>
    </message>
    <message>
        <source>{party}: quota {percent} % of {seats} seats = {required} required; the suggested holders include {filled} eligible (list: {eligible} eligible); met: {met}.</source>
        <translation type="vanished">{party}: квота {percent} % от {seats} мандатов = требуется {required}; среди предлагаемых обладателей мандатов квотных — {filled} (в списке — {eligible}); выполнена: {met}.</translation>
    </message>
    <message>
        <source>Method: D&apos;Hondt (divisors 1, 2, 3, ...), {seats} list seats.</source>
        <translation>Метод д’Ондта (делители 1, 2, 3, ...); мандатов по спискам: {seats}.</translation>
    </message>
    <message>
        <source>Method: Droop quota, largest remainders, {seats} list seats.</source>
        <translation>Метод: квота Друпа, наибольшие остатки; мандатов по спискам: {seats}.</translation>
    </message>
    <message>
        <source>Method: Hare quota, largest remainders (the law), {seats} list seats.</source>
        <translation>Метод: первое избирательное частное (квота Хэра), наибольшие остатки (по закону); мандатов по спискам: {seats}.</translation>
    </message>
    <message>
        <source>The method {method} is not the law (the law is the Hare quota, largest remainders); this result is for comparison only.</source>
        <translation>Метод {method} не предусмотрен законом (по закону — первое избирательное частное, наибольшие остатки); этот результат только для сравнения.</translation>
    </message>
    <message>
        <source>No party reached the threshold. No rule found in the law for this case (the app leaves all {seats} list seats vacant).</source>
        <translation>Ни одна партия не преодолела барьер. Правила для этого случая в законе не найдено (программа оставляет все {seats} мандатов по спискам вакантными).</translation>
    </message>
    <message>
        <source>This is a comparison, not the legal result ({departures}). It cannot be signed as the result of the election.</source>
        <translation>Это сравнение, а не результат по закону ({departures}). Его нельзя подписать как итог выборов.</translation>
    </message>
    <message>
        <source>NOT THE LAW — a comparison: {departures}</source>
        <translation>НЕ ПО ЗАКОНУ — сравнение: {departures}</translation>
    </message>
    <message>
        <source>NOT THE LAW — a comparison</source>
        <translation>НЕ ПО ЗАКОНУ — сравнение</translation>
    </message>
    <message>
        <source>First electoral quotient (Hare quota): {votes} admitted votes / {seats} seats = {quota} votes per seat.</source>
        <translation>Первое избирательное частное (квота Хэра): голоса допущенных партий {votes} / мандаты {seats} = {quota} голосов на мандат.</translation>
    </message>
    <message>
        <source>{party}: suggestion: {candidate} (list place {position}) moved in to meet the quota; the party&apos;s governing body chooses.</source>
        <translation>{party}: предложение: {candidate} (место в списке {position}) включён(а) для выполнения квоты; решает руководящий орган партии.</translation>
    </message>
    <message>
        <source>More seats are left over than parties: every party takes {rounds} in full rounds (the app&apos;s own rule, not the law).</source>
        <translation>Оставшихся мандатов больше, чем партий: каждая партия получает {rounds} полными кругами (собственное правило программы, не закон).</translation>
    </message>
    <message>
        <source>no rule found in the law for “against all” leading a district: the leading candidate wins and the result warns (a CEC official said, of the presidential election, it is no ground for a re-run)</source>
        <translation>в законе не найдено правила на случай, когда в округе впереди «против всех»: побеждает лидирующий кандидат, результат предупреждает (представитель ЦИК о президентских выборах: это не основание для повторных выборов)</translation>
    </message>
    <message>
        <source>a setting: the district is treated as void pending a repeat election (the law&apos;s words for void elections: «недействительными / несостоявшимися»); a what-if, not the law</source>
        <translation>настройка: выборы в округе признаются недействительными / несостоявшимися до повторных выборов (слова закона); моделирование, не закон</translation>
    </message>
    <message>
        <source>a district without results is not guessed: its seat is shown as pending</source>
        <translation>округ без результатов не угадывается: его мандат показан как незамещённый</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): in a single-member district the candidate with the most votes is elected, one round, no minimum turnout</source>
        <translation>Конституционный закон «О выборах» (2022): в одномандатном округе избран кандидат, набравший больше всех голосов, в один тур, без порога явки</translation>
    </message>
    <message>
        <source>no rule found in the law for equal leading candidates: the seat waits for a drawing of lots recorded by the commission</source>
        <translation>в законе не найдено правила на случай равенства лидирующих кандидатов: мандат ждёт жеребьёвки, которую записывает комиссия</translation>
    </message>
    <message>
        <source>the app&apos;s own rule: when more seats are left over than lists, every list takes one seat per full round before the remainders decide the last round</source>
        <translation>собственное правило программы: если оставшихся мандатов больше, чем списков, каждый список получает по мандату за полный круг, а последний круг решают остатки</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): the party&apos;s governing body chooses which list candidates take its seats, within 10 days, not necessarily in list order</source>
        <translation>Конституционный закон «О выборах» (2022): руководящий орган партии в течение 10 дней решает, кто из кандидатов списка получает её мандаты, не обязательно по порядку списка</translation>
    </message>
    <message>
        <source>the app&apos;s suggestion, not a decision: list order, with the best-placed eligible candidates swapped in until the quota holds; the party&apos;s governing body chooses</source>
        <translation>предложение программы, а не решение: порядок списка, где подходящие кандидаты с лучших мест включаются, пока квота не выполнена; решает руководящий орган партии</translation>
    </message>
    <message>
        <source>Art. 97-1: each list takes the integer part of its votes / the first quotient; the seats left go one each to the largest remainders</source>
        <translation>ст. 97-1: каждый список получает целую часть частного своих голосов и первого избирательного частного; оставшиеся мандаты — по одному наибольшим остаткам</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): women, youth and persons with disabilities together at least 30 % of a party list</source>
        <translation>Конституционный закон «О выборах» (2022): женщины, молодёжь и лица с инвалидностью вместе — не менее 30 % партийного списка</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): a party list at most 130 % of the seats to distribute</source>
        <translation>Конституционный закон «О выборах» (2022): партийный список — не более 130 % распределяемых мандатов</translation>
    </message>
    <message>
        <source>Central Election Commission: 90 names for 69 seats (2023); 127 for 98 seats (2016, 2021): 130 % rounded to the nearest whole number fits both</source>
        <translation>ЦИК: 90 человек на 69 мандатов (2023); 127 на 98 мандатов (2016, 2021): обоим соответствует 130 %, округлённые до ближайшего целого</translation>
    </message>
    <message>
        <source>a setting: list seats on a local maslikhat, which has no party-list tier in the law; a what-if, not the law</source>
        <translation>настройка: мандаты по спискам в местном маслихате, где по закону партийных списков нет; моделирование, не закон</translation>
    </message>
    <message>
        <source>no rule found in the law for list seats without any list votes: they are left vacant</source>
        <translation>в законе не найдено правила для мандатов по спискам без голосов за списки: они остаются вакантными</translation>
    </message>
    <message>
        <source>older text of the law (IPU summary): seats a list has no candidates for stay vacant; not confirmed for the 2022 text</source>
        <translation>прежняя редакция закона (обзор МПС): мандаты, на которые в списке нет кандидатов, остаются вакантными; для редакции 2022 года не подтверждено</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as amended in 2022: district and city maslikhats are elected in single-member districts only, with no party-list tier</source>
        <translation>Конституционный закон «О выборах» в редакции 2022 года: районные и городские маслихаты избираются только по одномандатным округам, без партийных списков</translation>
    </message>
    <message>
        <source>Art. 97-1 para 5 (2022): women, youth and persons with disabilities together at least 30 % of a party&apos;s mandate holders; each person counts once (Mazhilis)</source>
        <translation>ст. 97-1 п. 5 (2022): женщины, молодёжь и лица с инвалидностью вместе — не менее 30 % получивших мандаты партии; каждый учитывается один раз (Мажилис)</translation>
    </message>
    <message>
        <source>Art. 97-1 para 5 (2022) says “at least” 30 %: the required number is rounded up (40 seats → 12)</source>
        <translation>ст. 97-1 п. 5 (2022) говорит «не менее» 30 %: требуемое число округляется вверх (40 мандатов → 12)</translation>
    </message>
    <message>
        <source>a setting: a percentage or rounding other than “at least 30 %” (rounding down can certify less than 30 %); a what-if, not the law</source>
        <translation>настройка: процент или округление, отличные от «не менее 30 %» (округление вниз может засчитать меньше 30 %); моделирование, не закон</translation>
    </message>
    <message>
        <source>the threshold and quota rules of Art. 97-1 are the Mazhilis article; the app applies the same 5 % and first quotient to regional maslikhat lists (their own article was not checked)</source>
        <translation>правила барьера и частного ст. 97-1 относятся к Мажилису; программа применяет те же 5 % и первое избирательное частное к спискам областных маслихатов (их собственная статья не проверена)</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as in force 2007–2021: 98 deputies by party list nationwide (9 more chosen by the Assembly of the People, not elected)</source>
        <translation>Конституционный закон «О выборах» в редакции 2007–2021 годов: 98 депутатов по партийным спискам по всей стране (ещё 9 избирала Ассамблея народа, не на выборах)</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as amended in 2022: 98 deputies, 69 by party list in one nationwide constituency, 29 in single-member districts (applied at the 2023 election)</source>
        <translation>Конституционный закон «О выборах» в редакции 2022 года: 98 депутатов, 69 по партийным спискам в едином общенациональном округе, 29 по одномандатным округам (применено на выборах 2023 года)</translation>
    </message>
    <message>
        <source>a comparison method, not the law: D&apos;Hondt, divisors 1, 2, 3, …</source>
        <translation>метод для сравнения, не закон: Д’Ондт, делители 1, 2, 3, …</translation>
    </message>
    <message>
        <source>a comparison method, not the law: Droop quota (votes / (seats + 1), rounded down, + 1) with largest remainders</source>
        <translation>метод для сравнения, не закон: квота Друпа (голоса / (мандаты + 1), с округлением вниз, + 1) с наибольшими остатками</translation>
    </message>
    <message>
        <source>a comparison method, not the law: Sainte-Laguë, divisors 1, 3, 5, …</source>
        <translation>метод для сравнения, не закон: Сент-Лагю, делители 1, 3, 5, …</translation>
    </message>
    <message>
        <source>no rule found in the law for no list passing the threshold: the list seats are left vacant and the result says so</source>
        <translation>в законе не найдено правила на случай, когда ни один список не преодолел барьер: мандаты по спискам остаются вакантными, и результат об этом сообщает</translation>
    </message>
    <message>
        <source>Art. 97-1: the votes of the admitted lists divided by the list seats give the first electoral quotient («первое избирательное частное»); reproduces 2016, 2021 and 2023</source>
        <translation>ст. 97-1: голоса допущенных списков, делённые на число мандатов, дают первое избирательное частное; воспроизводит 2016, 2021 и 2023 годы</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» as amended in 2022: half the seats by region-wide party list, half in single-member districts; the numbers are set by the election commission (no rule found for an odd total)</source>
        <translation>Конституционный закон «О выборах» в редакции 2022 года: половина мандатов по партийным спискам области, половина по одномандатным округам; числа устанавливает избирательная комиссия (правила для нечётного итога не найдено)</translation>
    </message>
    <message>
        <source>the 2009 text (IPU summary): at equal remainders the list registered earlier wins; not confirmed for the 2022 text</source>
        <translation>редакция 2009 года (обзор МПС): при равных остатках побеждает список, зарегистрированный раньше; для редакции 2022 года не подтверждено</translation>
    </message>
    <message>
        <source>Art. 97(2)–(3) as of 2009: when only one list passes, the next list takes part too; its votes / the first quotient × correction index 0.7; it takes at least two seats (IPU); not found in the 2022 text</source>
        <translation>ст. 97 п. 2–3 в редакции 2009 года: если барьер преодолел один список, допускается и следующий; его голоса / первое избирательное частное × поправочный индекс 0,7; он получает не менее двух мандатов (МПС); в редакции 2022 года не найдено</translation>
    </message>
    <message>
        <source>the 2009 text found does not say who takes the seats left after the 0.7 correction: the app gives them by largest remainders, one per list per round</source>
        <translation>найденная редакция 2009 года не говорит, кому идут мандаты, оставшиеся после поправки 0,7: программа отдаёт их по наибольшим остаткам, по одному списку за круг</translation>
    </message>
    <message>
        <source>Art. 97-1 (2022): a party list takes part with 5 % or more (“five and more percent”) of the votes of the voters who took part; compared exactly, 5.000 % passes</source>
        <translation>ст. 97-1 (2022): партийный список допускается с 5 % и более («пять и более процентов») голосов принявших участие в голосовании; сравнение точное, 5,000 % проходит</translation>
    </message>
    <message>
        <source>the law as in force 2007–2021 (Art. 97(1) in the 2009 text): a party list takes part with 7 % or more of the votes of the voters who took part</source>
        <translation>закон в редакции 2007–2021 годов (ст. 97 п. 1 редакции 2009 года): партийный список допускается с 7 % и более голосов принявших участие в голосовании</translation>
    </message>
    <message>
        <source>a setting: ballots cast, invalid ones included; the Central Election Commission did not compute the 2023 percentages so</source>
        <translation>настройка: выданные бюллетени, включая недействительные; ЦИК не так считала проценты 2023 года</translation>
    </message>
    <message>
        <source>Central Election Commission, Mazhilis elections before 2021 (no “against all” on the list ballot): percentages of party votes</source>
        <translation>ЦИК, выборы в Мажилис до 2021 года («против всех» в бюллетене по спискам не было): проценты от голосов за партии</translation>
    </message>
    <message>
        <source>Central Election Commission, Mazhilis 2023: every published percentage is of party votes + “against all” (6,366,441); invalid ballots excluded</source>
        <translation type="vanished">ЦИК, Мажилис 2023: каждый опубликованный процент — от голосов за партии + «против всех» (6 366 441); недействительные бюллетени не входят</translation>
    </message>
    <message>
        <source>a setting: a threshold other than the law&apos;s for this body; a what-if, not the law</source>
        <translation>настройка: барьер, отличный от установленного законом для этого органа; моделирование, не закон</translation>
    </message>
    <message>
        <source>no rule found in the law for equal standings without a registration order: the seat waits for a drawing of lots recorded by the commission</source>
        <translation>в законе не найдено правила для равных показателей без порядка регистрации: мандат ждёт жеребьёвки, которую записывает комиссия</translation>
    </message>
    <message>
        <source>Constitutional Law «On Elections» (2022): youth are persons who have not reached 29 on election day (a 2023 party statement said “under 35”)</source>
        <translation>Конституционный закон «О выборах» (2022): молодёжь — лица, не достигшие 29 лет на день выборов (в заявлении партии 2023 года — «до 35 лет»)</translation>
    </message>
    <message>
        <source>a setting: a youth age limit other than 29; a what-if, not the law</source>
        <translation>настройка: возраст молодёжи, отличный от 29; моделирование, не закон</translation>
    </message>
    <message>
        <source>Only one party passed: the runner-up {party} ({votes} votes) takes part too (2009 text, Art. 97(2)–(3)).</source>
        <translation>Барьер преодолела только одна партия: вторая по голосам, {party} ({votes}), тоже допускается (редакция 2009 года, ст. 97 п. 2–3).</translation>
    </message>
    <message>
        <source>{party} (runner-up): {votes} / quota = {quotas}, × correction index 0.7 = {corrected}; integer part: {seats}.</source>
        <translation>{party} (вторая партия): {votes} / частное = {quotas}, × поправочный индекс 0,7 = {corrected}; целая часть: {seats}.</translation>
    </message>
    <message>
        <source>{leftover} seat(s) left after the 0.7 correction go by largest remainders (the app&apos;s own rule: the 2009 text found does not say).</source>
        <translation>Мандаты, оставшиеся после поправки 0,7 ({leftover}), распределяются по наибольшим остаткам (собственное правило программы: найденная редакция 2009 года об этом не говорит).</translation>
    </message>
    <message>
        <source>{party} (runner-up) takes at least two seats (2009 text): {seats} seats.</source>
        <translation>{party} (вторая партия) получает не менее двух мандатов (редакция 2009 года): {seats}.</translation>
    </message>
    <message>
        <source>Several parties share the runner-up place and were all admitted: {parties} (no rule found in the law for this case).</source>
        <translation>Второе место делят несколько партий, допущены все: {parties} (правила для этого случая в законе не найдено).</translation>
    </message>
    <message>
        <source>it changes the votes of {candidate} in district {district}, and the workbook has no such candidate there</source>
        <translation>в нём изменены голоса за кандидата {candidate} в округе {district}, а в рабочей книге такого кандидата в этом округе нет</translation>
    </message>
    <message>
        <source>it changes votes in district {district}, and the workbook has no such district</source>
        <translation>в нём изменены голоса в округе {district}, а в рабочей книге такого округа нет</translation>
    </message>
    <message>
        <source>it changes the list votes of {party}, and the workbook has no party list of that name</source>
        <translation>в нём изменены голоса за список {party}, а в рабочей книге партийного списка с таким названием нет</translation>
    </message>
    <message>
        <source>Decided by lot between {between}: {winners} (drawn: {drawn_on}).</source>
        <translation>Решено жребием среди: {between}; победитель: {winners} (жеребьёвка: {drawn_on}).</translation>
    </message>
    <message>
        <source>Threshold: {percent} % of {base} = {votes} votes exactly; a party needs at least {min_votes} whole votes.</source>
        <translation>Проходной барьер: {percent} % от {base} = ровно {votes} голосов; партии нужно не меньше {min_votes} целых голосов.</translation>
    </message>
    <message>
        <source>The earlier-registered list wins the tie ({orders}): {winners}. This rule comes from the 2009 text of the law; it is not confirmed for the 2022 text.</source>
        <translation>При равенстве побеждает список, зарегистрированный раньше ({orders}): {winners}. Это правило из редакции закона 2009 года; для редакции 2022 года оно не подтверждено.</translation>
    </message>
    <message>
        <source>Method: Sainte-Laguë (divisors 1, 3, 5, ...), {seats} list seats.</source>
        <translation>Метод Сент-Лагю (делители 1, 3, 5, ...); мандатов по спискам: {seats}.</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) received more votes than the winner ({votes}). No rule found in the law for this case; the leading candidate wins.</source>
        <translation>Округ {district}: «против всех» ({against_all}) получило больше голосов, чем победитель ({votes}). Правила для этого случая в законе не найдено; побеждает лидирующий кандидат.</translation>
    </message>
    <message>
        <source>District {district}: against all ({against_all}) leads the best candidate ({votes}); as a what-if (not the law) the election in the district is treated as void and its seat stays pending.</source>
        <translation>Округ {district}: «против всех» ({against_all}) опережает лучшего кандидата ({votes}); в моделировании (не по закону) выборы в округе признаются недействительными / несостоявшимися, мандат остаётся незамещённым.</translation>
    </message>
    <message>
        <source>{party}: quota {percent} % of {seats} seats = {required} required; the suggested holders include {filled} eligible (list: {eligible} eligible); met: {met}. The party&apos;s governing body chooses; this is a suggestion.</source>
        <translation>{party}: квота {percent} % от {seats} мандатов = требуется {required}; среди предложенных обладателей мандатов {filled} подходящих (в списке: {eligible}); выполнена: {met}. Решает руководящий орган партии; это лишь предложение.</translation>
    </message>
    <message>
        <source>The data has {districts} districts but there are only {seats} district seats; check the settings.</source>
        <translation>В данных округов: {districts}, а мандатов по округам только {seats}; проверьте настройки.</translation>
    </message>
    <message>
        <source>... and {count} more problems.</source>
        <translation>... и ещё проблем: {count}.</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as {meant}.</source>
        <translation>«{written}» смешивает похожие латинские и кириллические буквы ({letters}); прочитано как {meant}.</translation>
    </message>
    <message>
        <source>The admitted parties have no votes; the {seats} list seats are left vacant.</source>
        <translation>У допущенных партий нет голосов; мандаты по спискам ({seats}) остаются вакантными.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but no party-list votes; the list seats are left vacant.</source>
        <translation>Мандатов по спискам: {seats}, но голосов за партийные списки нет; мандаты по спискам остаются вакантными.</translation>
    </message>
    <message>
        <source>No party reached the threshold; the law gives no rule for this case. All {seats} list seats are left vacant.</source>
        <translation type="vanished">Ни одна партия не преодолела проходной барьер; закон этот случай не регулирует. Все мандаты по спискам ({seats}) остаются вакантными.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full ({reason}). Any earlier file of that name is unchanged.</source>
        <translation>{path} не удалось записать: диск заполнен ({reason}). Прежний файл с этим именем не изменён.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}). Any earlier file of that name is unchanged.</source>
        <translation>{path} не удалось записать ({reason}). Прежний файл с этим именем не изменён.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>{path} не удалось записать: папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the output a file name.</source>
        <translation>{path} — это папка. Укажите имя файла для вывода.</translation>
    </message>
    <message>
        <source>{path} is the input workbook {source} (or a link to it); it is never written over. Choose another output file.</source>
        <translation>{path} — это исходная книга {source} (или ссылка на неё); она никогда не перезаписывается. Выберите другой файл для вывода.</translation>
    </message>
    <message>
        <source>{path} cannot be written: no permission to write in {folder} ({reason}). Choose a folder you may write to.</source>
        <translation>{path} не удалось записать: нет права записи в {folder} ({reason}). Выберите папку, в которую можно писать.</translation>
    </message>
    <message>
        <source>The workbook lacks its part {part}; it is damaged. Save it again as .xlsx.</source>
        <translation>В книге нет части {part}; книга повреждена. Сохраните её заново как .xlsx.</translation>
    </message>
    <message>
        <source>Part {part} is compressed {ratio} times, more than the {limit} times a real workbook is; the file is refused as a possible zip bomb.</source>
        <translation>Часть {part} сжата в {ratio} раз, а настоящая книга сжимается не больше чем в {limit} раз; файл отклонён как возможная zip-бомба.</translation>
    </message>
    <message>
        <source>Part {part} unpacks to {size} bytes, more than the limit of {limit}. The file is refused; a results workbook is far smaller.</source>
        <translation>Часть {part} распаковывается в {size} байт — больше предела {limit}. Файл отклонён: книга результатов намного меньше.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but this sheet lists no party. Add one row per party.</source>
        <translation>Мандатов по спискам: {seats}, но на этом листе нет ни одной партии. Добавьте по строке на каждую партию.</translation>
    </message>
    <message>
        <source>{party} is on no list (not on the Parties sheet): it is taken as a party with district seats only.</source>
        <translation>Партии {party} нет в голосовании по спискам (её нет на листе «Партии»): она учитывается только как партия с мандатами по округам.</translation>
    </message>
    <message>
        <source>{party} is listed twice (also at {other}). Each party, and each short name, appears once.</source>
        <translation>Партия {party} указана дважды (ещё: {other}). Каждая партия и каждое краткое название указываются один раз.</translation>
    </message>
    <message>
        <source>{party}: {votes} votes = {percent} % — below the threshold, takes no list seat.</source>
        <translation>{party}: голосов {votes}, это {percent} % — ниже проходного барьера, мандатов по списку не получает.</translation>
    </message>
    <message>
        <source>The party &quot;{written}&quot; differs from {party} only in look-alike Latin/Cyrillic letters ({letters}); did you mean {party}? It was counted as {party}. Retype the name to be sure.</source>
        <translation>Партия «{written}» отличается от {party} только похожими латинскими/кириллическими буквами ({letters}); вы имели в виду {party}? Голоса учтены как {party}. Перепечатайте название, чтобы не было сомнений.</translation>
    </message>
    <message>
        <source>&quot;{party}&quot; and &quot;{other_party}&quot; at {other} differ only in look-alike Latin/Cyrillic letters ({letters}): on paper they are one name. Keep one row, or rename one party.</source>
        <translation>«{party}» и «{other_party}» в {other} различаются только похожими латинскими/кириллическими буквами ({letters}): на бумаге это одно название. Оставьте одну строку или переименуйте одну из партий.</translation>
    </message>
    <message>
        <source>A row without a party name. Write the party&apos;s name, or clear the row.</source>
        <translation>Строка без названия партии. Впишите название партии или очистите строку.</translation>
    </message>
    <message>
        <source>{party}: {votes} votes = {percent} % — passes the threshold.</source>
        <translation>{party}: голосов {votes}, это {percent} % — преодолевает проходной барьер.</translation>
    </message>
    <message>
        <source>{party}: {list} list + {district} district = {total} seat(s).</source>
        <translation>{party}: мандатов {list} по списку + {district} по округам = {total}.</translation>
    </message>
    <message>
        <source>{what} must be a percentage such as 5 or 7.5; &quot;{value}&quot; is not one.</source>
        <translation>{what}: нужен процент, например 5 или 7.5; «{value}» не подходит.</translation>
    </message>
    <message>
        <source>{party} has two candidates at position {position} (also at {other}).</source>
        <translation>У партии {party} два кандидата под номером {position} (ещё: {other}).</translation>
    </message>
    <message>
        <source>{what} must be 1 or more (the place on the list), not &quot;{value}&quot;.</source>
        <translation>{what}: нужно число от 1 (место в списке), а не «{value}».</translation>
    </message>
    <message>
        <source>{file}: the project file cannot be used ({problem}); recorded lots in it were not applied, and the file was left as it is.</source>
        <translation>{file}: файл проекта нельзя использовать ({problem}); записанные в нём итоги жеребьёвки не применены, файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>{file}: the recorded lots cannot be saved ({problem}).</source>
        <translation>{file}: итоги жеребьёвки не удалось сохранить ({problem}).</translation>
    </message>
    <message>
        <source>Recorded lots applied from {file} ({lots} record(s)); the workbook is unchanged.</source>
        <translation>Применены итоги жеребьёвки из {file} (записей: {lots}); рабочая книга не изменилась.</translation>
    </message>
    <message>
        <source>Recorded lots saved to {file}.</source>
        <translation>Итоги жеребьёвки сохранены в {file}.</translation>
    </message>
    <message>
        <source>Recorded lots in {file} were NOT applied: the workbook has changed since they were recorded ({lots} record(s)). Check the ties and record the lots again.</source>
        <translation>Итоги жеребьёвки из {file} НЕ применены: рабочая книга изменилась после их записи (записей: {lots}). Проверьте равенства и запишите жеребьёвку заново.</translation>
    </message>
    <message>
        <source>Quota (Droop): {votes} admitted votes / ({seats} + 1) seats, rounded down, + 1 = {quota} votes.</source>
        <translation>Квота (Друпа): голоса допущенных партий {votes} / (мандаты {seats} + 1), с округлением вниз, + 1 = {quota} (голосов).</translation>
    </message>
    <message>
        <source>Quota (Hare): {votes} admitted votes / {seats} seats = {quota} votes per seat.</source>
        <translation type="vanished">Квота (Хэра): голоса допущенных партий {votes} / мандаты {seats} = {quota} (голосов на мандат).</translation>
    </message>
    <message>
        <source>{party}: only {filled} of the {required} required holders count toward the quota.</source>
        <translation>{party}: из требуемых обладателей мандатов ({required}) в квоте учитываются только {filled}.</translation>
    </message>
    <message>
        <source>{party}: {candidate} (list place {position}) is moved in to meet the quota.</source>
        <translation type="vanished">{party}: {candidate} (№ {position} в списке) получает мандат для выполнения квоты.</translation>
    </message>
    <message>
        <source>Registration order {order} is given twice (also at {other}). Each list was registered at its own place.</source>
        <translation>Порядок регистрации {order} указан дважды (ещё: {other}). Каждый список зарегистрирован под своим номером.</translation>
    </message>
    <message>
        <source>Remainder rank {rank}: {party} — {remainder} / {of} = {fraction} of a seat.</source>
        <translation>Место по остатку {rank}: {party} — {remainder} / {of} = {fraction} мандата.</translation>
    </message>
    <message>
        <source>More seats are left over than parties: every party takes {rounds} in full rounds.</source>
        <translation type="vanished">Оставшихся мандатов больше, чем партий: каждая партия получает по {rounds} за полные круги.</translation>
    </message>
    <message>
        <source>{party} takes a leftover seat (remainder {fraction}).</source>
        <translation>{party} получает оставшийся мандат (остаток {fraction}).</translation>
    </message>
    <message>
        <source>Row number {row} is not valid (rows run 1 to 1048576).</source>
        <translation>Недопустимый номер строки {row} (строки — от 1 до 1048576).</translation>
    </message>
    <message>
        <source>Hidden rows hold data that counts (rows {rows}): they were read, as Excel&apos;s own sums read them. Unhide them to check them.</source>
        <translation>Скрытые строки содержат учитываемые данные (строки {rows}): они прочитаны, как их читают суммы самого Excel. Покажите их, чтобы проверить.</translation>
    </message>
    <message>
        <source>Only one party passed: the runner-up {party} ({votes} votes) is admitted too.</source>
        <translation type="vanished">Барьер преодолела только одна партия: допускается и занявшая второе место {party} (голосов: {votes}).</translation>
    </message>
    <message>
        <source>Several parties share the runner-up place and were all admitted: {parties}.</source>
        <translation type="vanished">Второе место делят несколько партий, и все они допущены: {parties}.</translation>
    </message>
    <message>
        <source>Seats: {party_seats} to parties, {independents} self-nominated, {pending} pending, {vacant} vacant, {undecided} waiting for a lot; {total} in all.</source>
        <translation>Мандаты: партиям — {party_seats}, самовыдвиженцам — {independents}, не определено — {pending}, вакантно — {vacant}, ждут жеребьёвки — {undecided}; всего — {total}.</translation>
    </message>
    <message>
        <source>{setting} is given twice (also at {other}). Keep one row.</source>
        <translation>{setting}: указано дважды (ещё: {other}). Оставьте одну строку.</translation>
    </message>
    <message>
        <source>The setting &quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as {meant}.</source>
        <translation>Параметр «{written}» смешивает похожие латинские и кириллические буквы ({letters}); прочитан как {meant}.</translation>
    </message>
    <message>
        <source>A value without a setting name. Write the setting (such as List seats) to its left.</source>
        <translation>Значение без названия параметра. Впишите параметр (например, «Мандаты по спискам») слева от него.</translation>
    </message>
    <message>
        <source>The setting {setting} cannot be negative ({value}).</source>
        <translation>Параметр {setting} не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <source>The setting {setting} must be between 0 and 100 ({value}).</source>
        <translation>Параметр {setting} должен быть от 0 до 100 ({value}).</translation>
    </message>
    <message>
        <source>The setting {setting} must be given for the body {body}.</source>
        <translation>Для органа {body} параметр {setting} обязателен.</translation>
    </message>
    <message>
        <source>The setting &quot;{setting}&quot; is not known; it was ignored.</source>
        <translation>Параметр «{setting}» неизвестен; он пропущен.</translation>
    </message>
    <message>
        <source>The cell points at text number {index}, which the workbook does not have; the file is damaged. Save it again.</source>
        <translation>Ячейка ссылается на строку текста № {index}, которой в книге нет; файл повреждён. Сохраните его заново.</translation>
    </message>
    <message>
        <source>This sheet and sheet {other} are both the {what} sheet. Keep one, or rename the other.</source>
        <translation>Этот лист и лист {other} оба — лист {what}. Оставьте один или переименуйте другой.</translation>
    </message>
    <message>
        <source>This sheet has a header row but no data; it was ignored.</source>
        <translation>На этом листе есть строка заголовков, но нет данных; лист пропущен.</translation>
    </message>
    <message>
        <source>This sheet is hidden but its data counts: it was read. Unhide it to check it.</source>
        <translation>Этот лист скрыт, но его данные учитываются: он прочитан. Покажите его, чтобы проверить.</translation>
    </message>
    <message>
        <source>The sheet name &quot;{written}&quot; mixes Latin and Cyrillic look-alike letters ({letters}); it was read as the {meant} sheet.</source>
        <translation>Имя листа «{written}» смешивает похожие латинские и кириллические буквы ({letters}); прочитан как лист {meant}.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but no {what} sheet. Add a sheet named Parties with the columns Party and Votes (one row per party).</source>
        <translation>Мандатов по спискам: {seats}, но листа {what} нет. Добавьте лист «Партии» со столбцами «Партия» и «Голоса» (по строке на партию).</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} filled cells; the file is refused.</source>
        <translation>На листе больше {limit} заполненных ячеек; файл отклонён.</translation>
    </message>
    <message>
        <source>This sheet is not part of the workbook format; it was ignored.</source>
        <translation>Этот лист не входит в формат книги; он пропущен.</translation>
    </message>
    <message>
        <source>The text &quot;{written}&quot; contains an invisible character ({chars}); it was read as &quot;{meant}&quot;. Retype the cell to be sure.</source>
        <translation>Текст «{written}» содержит невидимый символ ({chars}); он прочитан как «{meant}». Для надёжности перепечатайте ячейку.</translation>
    </message>
    <message>
        <source>The text &quot;{written}&quot; contains invisible characters ({chars}); it was read as &quot;{meant}&quot;. Retype the cell to be sure.</source>
        <translation>Текст «{written}» содержит невидимые символы ({chars}); он прочитан как «{meant}». Для надёжности перепечатайте ячейку.</translation>
    </message>
    <message>
        <source>The text &quot;{written}&quot; contains {chars} instead of a plain space; it was read as &quot;{meant}&quot;.</source>
        <translation>Текст «{written}» содержит {chars} вместо обычного пробела; он прочитан как «{meant}».</translation>
    </message>
    <message>
        <source>Threshold base: ballots cast = {base}.</source>
        <translation>База барьера: поданные бюллетени = {base}.</translation>
    </message>
    <message>
        <source>Threshold base: party votes only = {base}.</source>
        <translation>База барьера: только голоса за партии = {base}.</translation>
    </message>
    <message>
        <source>Threshold base: valid list ballots (party votes + against all) = {base}.</source>
        <translation>База барьера: действительные бюллетени по спискам (голоса за партии + против всех) = {base}.</translation>
    </message>
    <message>
        <source>A recorded lot decides the tie ({drawn_on}): {winners}.</source>
        <translation>Равенство решено записанной жеребьёвкой ({drawn_on}): {winners}.</translation>
    </message>
    <message>
        <source>{party} takes the tied seat by lot (not by remainder).</source>
        <translation>{party} получает спорный мандат по жребию (не по остатку).</translation>
    </message>
    <message>
        <source>Lots required: {between} are tied for {seats} seat(s); the seat(s) stay undecided.</source>
        <translation>Нужна жеребьёвка: равенство ({between}), спорных мандатов: {seats}; они остаются нераспределёнными.</translation>
    </message>
    <message>
        <source>The earlier-registered list wins the tie ({orders}): {winners}.</source>
        <translation type="vanished">Равенство решено в пользу ранее зарегистрированного списка ({orders}): {winners}.</translation>
    </message>
    <message>
        <source>The workbook has more {what} than the limit of {limit}; the file is refused.</source>
        <translation>В книге слишком много объектов «{what}» (предел — {limit}); файл отклонён.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a total row, not a party: it was left out of the calculation (its {votes} votes; the parties above sum to {summed}).</source>
        <translation>«{name}» — строка итога, а не партия: она исключена из расчёта (её {votes} голосов; партии выше в сумме дают {summed}).</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {votes} votes, exactly the sum of all other rows: it looks like a total row. Delete it (or name it Total) if it is a total; the workbook is refused until this is clear.</source>
        <translation>У «{name}» {votes} голосов — ровно сумма всех остальных строк: похоже на строку итога. Удалите её (или назовите «Итого»), если это итог; до выяснения книга не принимается.</translation>
    </message>
    <message>
        <source>The total row &quot;{name}&quot; gives {votes} votes but the parties sum to {summed}: check the figures. The total was left out; the party rows were counted.</source>
        <translation>Строка итога «{name}» даёт {votes} голосов, а сумма партий — {summed}: проверьте числа. Итог исключён, строки партий учтены.</translation>
    </message>
    <message>
        <source>Valid list ballots: {party_votes} party votes + {against_all} against all = {valid}.</source>
        <translation>Действительные бюллетени по спискам: {party_votes} (за партии) + {against_all} (против всех) = {valid}.</translation>
    </message>
    <message>
        <source>Registered voters is {voters}, fewer than the {ballots} ballots cast. One of the figures is mistyped: correct it.</source>
        <translation>Число избирателей {voters} меньше, чем {ballots} поданных бюллетеней. Одно из чисел введено с ошибкой: исправьте его.</translation>
    </message>
    <message>
        <source>Registered voters is {voters}, fewer than the {valid} valid votes (party votes and against all). One of the figures is mistyped: correct it.</source>
        <translation>Число избирателей {voters} меньше, чем {valid} действительных голосов (за партии и против всех). Одно из чисел введено с ошибкой: исправьте его.</translation>
    </message>
    <message>
        <source>There are {seats} list seats but this sheet has no column of list votes; its header row holds {headers}. Name that column one of: {names}; or give the votes on a List votes sheet. Leave the Votes cells blank if the count is not in yet.</source>
        <translation>Мандатов по спискам: {seats}, но на этом листе нет столбца голосов за списки; в строке заголовков: {headers}. Назовите этот столбец одним из названий: {names}; или укажите голоса на листе «Голоса по спискам». Оставьте ячейки «Голоса» пустыми, если итоги ещё не подведены.</translation>
    </message>
    <message>
        <source>{party} has no votes: fill its Votes cell, or add a {party} column to the List votes sheet.</source>
        <translation>У партии {party} нет голосов: заполните её ячейку «Голоса» или добавьте столбец «{party}» на лист «Голоса по спискам».</translation>
    </message>
    <message>
        <source>Part {part} is not well-formed XML ({reason} at line {line}); the workbook is damaged. Save it again from Excel or LibreOffice.</source>
        <translation>Часть {part} — некорректный XML ({reason}, строка {line}); книга повреждена. Сохраните её заново из Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>Part {part} contains a document type declaration (DTD or entities), which no workbook needs; the file is refused for safety. Save it again from Excel or LibreOffice.</source>
        <translation>Часть {part} содержит объявление типа документа (DTD или сущности), которое книге не нужно; файл отклонён из соображений безопасности. Сохраните его заново из Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>{what} must be yes or no (да/нет, иә/жоқ); &quot;{value}&quot; is neither.</source>
        <translation>{what}: нужно «да» или «нет» (yes/no, иә/жоқ); «{value}» не подходит.</translation>
    </message>
    <message>
        <source>No election date is given, so youth (younger than {age}) cannot be counted toward the quota.</source>
        <translation>Дата выборов не указана, поэтому молодёжь (моложе {age} лет) нельзя учесть в квоте.</translation>
    </message>
    <message>
        <source>{count} parts of the zip are named with backslashes (such as {part}); they were read as the workbook parts they name.</source>
        <translation>{count} частей zip-архива названы с обратной косой чертой (например, {part}); они прочитаны как части книги, которые они называют.</translation>
    </message>
    <message>
        <source>The workbook is damaged or truncated ({reason}). Save it again from Excel or LibreOffice, or copy the file again in full.</source>
        <translation>Книга повреждена или обрезана ({reason}). Сохраните её заново из Excel или LibreOffice или скопируйте файл ещё раз целиком.</translation>
    </message>
    <message>
        <source>The workbook holds the part {part} twice; which copy is meant cannot be known. Save the file again from Excel or LibreOffice.</source>
        <translation>Книга содержит часть {part} дважды; какая копия имеется в виду, узнать нельзя. Сохраните файл заново из Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>The workbook is password-protected. Save it again without a password.</source>
        <translation>Книга защищена паролем. Сохраните её заново без пароля.</translation>
    </message>
    <message>
        <source>Part {part} is packed in a way this app does not read ({reason}). Save the file again as .xlsx from Excel or LibreOffice.</source>
        <translation>Часть {part} упакована способом, который программа не читает ({reason}). Сохраните файл заново как .xlsx из Excel или LibreOffice.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>Не удалось начать печать.</translation>
    </message>
    <message>
        <source>Print preview: summary</source>
        <translation>Предварительный просмотр: сводка</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Ход расчёта</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>По списку</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <source>Eligible on list</source>
        <translation>Подходят под квоту</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Обладатели</translation>
    </message>
    <message>
        <source>List checks</source>
        <translation>Проверка списка</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Counts toward the quota</source>
        <translation>Учитывается в квоте</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Перемещён</translation>
    </message>
    <message>
        <source>Single-member districts</source>
        <translation>Одномандатные округа</translation>
    </message>
    <message>
        <source>The 30 % quota per party</source>
        <translation>Квота 30 % по партиям</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Равенство результатов</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Предупреждения и примечания</translation>
    </message>
    <message>
        <source>Cannot start drawing on the output.</source>
        <translation>Не удалось начать вывод в файл.</translation>
    </message>
    <message>
        <source>District {district}</source>
        <translation>Округ {district}</translation>
    </message>
    <message>
        <source>Scenarios (what-if)</source>
        <translation>Сценарии («что если»)</translation>
    </message>
    <message>
        <source>The scenarios saved beside the workbook, each compared with the workbook&apos;s result (its figures under its own settings). A scenario that changes a figure or departs from the law&apos;s settings is not the result of the election.</source>
        <translation>Сценарии, сохранённые рядом с книгой, каждый в сравнении с результатом книги (её данные при её собственных настройках). Сценарий, который меняет данные или отступает от настроек закона, не является результатом выборов.</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Книга</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>The settings of this scenario cannot be used:</source>
        <translation type="vanished">Настройки этого сценария нельзя использовать:</translation>
    </message>
    <message>
        <source>No departure from the law: the workbook&apos;s figures and the law&apos;s settings.</source>
        <translation>Без отступлений от закона: данные книги и настройки закона.</translation>
    </message>
    <message>
        <source>each step of the audit trail names its rules; their basis and sources are listed at the end</source>
        <translation>каждый шаг хода расчёта называет свои правила; их основание и источники перечислены в конце</translation>
    </message>
    <message>
        <source>{winners} won by lot between {between}</source>
        <translation>{winners} — победа по жребию среди: {between}</translation>
    </message>
    <message>
        <source>{percent} of {base} ({votes}): at least {needed} votes</source>
        <translation>{percent} от {votes} ({base}): не меньше {needed} голосов</translation>
    </message>
    <message>
        <source>Decided by lot: {where}</source>
        <translation>Решено жребием: {where}</translation>
    </message>
    <message>
        <source>{text}; drawn: {drawn}</source>
        <translation>{text}; жеребьёвка: {drawn}</translation>
    </message>
    <message>
        <source>too few eligible</source>
        <translation>мало подходящих под квоту</translation>
    </message>
    <message>
        <source>list too long</source>
        <translation>список слишком длинный</translation>
    </message>
    <message>
        <source>(for information)</source>
        <translation>(для сведения)</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>женщина</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>молодёжь</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>инвалидность</translation>
    </message>
    <message>
        <source>open: lots required</source>
        <translation>не решено: нужна жеребьёвка</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Each step of the audit trail names its rules in brackets. Statute: the text of the law says it; practice: what an election commission did where the law is silent or unclear; assumption: no rule was found, the app&apos;s own choice.</source>
        <translation>Каждый шаг хода расчёта называет свои правила в скобках. Закон — так сказано в тексте закона; практика — так поступала избирательная комиссия, где закон молчит или неясен; допущение — правила не найдено, выбор программы.</translation>
    </message>
    <message>
        <source>{winners} by lot, drawn: {drawn}</source>
        <translation>{winners} — по жребию; жеребьёвка: {drawn}</translation>
    </message>
    <message>
        <source>{winners}: the list registered earlier</source>
        <translation>{winners}: список, зарегистрированный раньше</translation>
    </message>
    <message>
        <source>no, short by {n}</source>
        <translation>нет, не хватает: {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбранные</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>предлагаемые</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>when and where not recorded</source>
        <translation>время и место не записаны</translation>
    </message>
    <message>
        <source>{party}: mandate holders ({how})</source>
        <translation>{party}: обладатели мандатов ({how})</translation>
    </message>
    <message>
        <source>The party&apos;s governing body chooses; this is a suggestion.</source>
        <translation>Решает руководящий орган партии; это лишь предложение.</translation>
    </message>
    <message>
        <source>chosen by the party</source>
        <translation>выбраны партией</translation>
    </message>
    <message>
        <source>{tier}: {between}, {seats} seat(s), standing {standing} — {how}</source>
        <translation>{tier}: {between}; спорных мандатов — {seats}; показатель {standing} — {how}</translation>
    </message>
    <message>
        <source>{body} · {list} list + {district} district seats · threshold {percent} of {base} · {method}</source>
        <translation>{body} · мандаты: {list} по спискам + {district} по округам · барьер {percent} (база: {base}) · {method}</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>This scenario cannot be used:</source>
        <translation>Этот сценарий нельзя использовать:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мандаты</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Проходной барьер</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Equal remainders</source>
        <translation>Равные остатки</translation>
    </message>
    <message>
        <source>“Against all” leads a district</source>
        <translation>В округе впереди «против всех»</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>Mandate quota</source>
        <translation>Квота мандатов</translation>
    </message>
    <message>
        <source>{list} list + {district} district = {total}</source>
        <translation>{list} по спискам + {district} по округам = {total}</translation>
    </message>
    <message>
        <source>{quota} votes per seat</source>
        <translation>голосов на мандат: {quota}</translation>
    </message>
    <message>
        <source>{percent} women, youth (under {age}) and persons with disabilities, rounded {rounding}</source>
        <translation>{percent}: женщины, молодёжь (до {age} лет) и лица с инвалидностью; округление {rounding}</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(нет файла)</translation>
    </message>
    <message>
        <source>Settings used</source>
        <translation>Применённые настройки</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Signatures of the commission members</source>
        <translation>Подписи членов комиссии</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Страница {number} из {count}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>прошла</translation>
    </message>
    <message>
        <source>below</source>
        <translation>ниже барьера</translation>
    </message>
    <message>
        <source>Source: {file} · SHA-256 {digest}</source>
        <translation>Источник: {file} · SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Printed {when} · kzseats {version}</source>
        <translation>Напечатано {when} · kzseats {version}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Mazhilis</source>
        <translation>Мажилис</translation>
    </message>
    <message>
        <source>Regional maslikhat</source>
        <translation>Областной маслихат</translation>
    </message>
    <message>
        <source>Local maslikhat</source>
        <translation>Районный (городской) маслихат</translation>
    </message>
    <message>
        <source>Mazhilis under the 2007–2021 rules</source>
        <translation>Мажилис по правилам 2007–2021 гг.</translation>
    </message>
    <message>
        <source>Mazhilis 2007–2021</source>
        <translation>Мажилис 2007–2021</translation>
    </message>
    <message>
        <source>Hare quota, largest remainders</source>
        <translation>Первое избирательное частное (квота Хэра), наибольшие остатки</translation>
    </message>
    <message>
        <source>Hare quota</source>
        <translation>Избирательное частное</translation>
    </message>
    <message>
        <source>Droop quota, largest remainders</source>
        <translation>Квота Друпа, наибольшие остатки</translation>
    </message>
    <message>
        <source>Droop quota</source>
        <translation>Квота Друпа</translation>
    </message>
    <message>
        <source>D&apos;Hondt</source>
        <translation>Метод д’Ондта</translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation>Метод Сент-Лагю</translation>
    </message>
    <message>
        <source>valid list ballots (party votes + against all)</source>
        <translation>действительные бюллетени по спискам (голоса за партии + против всех)</translation>
    </message>
    <message>
        <source>valid list ballots</source>
        <translation>действительные бюллетени по спискам</translation>
    </message>
    <message>
        <source>party votes only</source>
        <translation>только голоса за партии</translation>
    </message>
    <message>
        <source>ballots cast, invalid ones included</source>
        <translation>поданные бюллетени, включая недействительные</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>поданные бюллетени</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>с округлением вверх</translation>
    </message>
    <message>
        <source>up</source>
        <translation>вверх</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>с округлением вниз</translation>
    </message>
    <message>
        <source>down</source>
        <translation>вниз</translation>
    </message>
    <message>
        <source>rounded to the nearest, halves up</source>
        <translation>с округлением до ближайшего (половина — вверх)</translation>
    </message>
    <message>
        <source>half up</source>
        <translation>до ближайшего</translation>
    </message>
    <message>
        <source>the leading candidate wins; the district is flagged</source>
        <translation>побеждает лидирующий кандидат; округ отмечается</translation>
    </message>
    <message>
        <source>leader wins, flagged</source>
        <translation>победа лидера с отметкой</translation>
    </message>
    <message>
        <source>the district is void and its seat pending (what-if)</source>
        <translation>выборы в округе недействительны / не состоялись, мандат не определён (сценарий)</translation>
    </message>
    <message>
        <source>seat pending (what-if)</source>
        <translation>мандат не определён (сценарий)</translation>
    </message>
    <message>
        <source>the list registered earlier wins; otherwise a drawing of lots</source>
        <translation type="vanished">побеждает список, зарегистрированный раньше; иначе жеребьёвка</translation>
    </message>
    <message>
        <source>earlier-registered list wins</source>
        <translation>ранее зарегистрированный список</translation>
    </message>
    <message>
        <source>a drawing of lots</source>
        <translation>жеребьёвка</translation>
    </message>
    <message>
        <source>drawing of lots</source>
        <translation>жеребьёвка</translation>
    </message>
    <message>
        <source>the runner-up is admitted too (2007–2021 rule)</source>
        <translation type="vanished">допускается и вторая партия (правило 2007–2021 гг.)</translation>
    </message>
    <message>
        <source>runner-up admitted</source>
        <translation>вторая партия допускается</translation>
    </message>
    <message>
        <source>no special rule</source>
        <translation type="vanished">особого правила нет</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Самовыдвиженец</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Вакантно</translation>
    </message>
    <message>
        <source>Decided by lot</source>
        <translation>Решено жребием</translation>
    </message>
    <message>
        <source>By lot</source>
        <translation>По жребию</translation>
    </message>
    <message>
        <source>Complete: every seat is decided</source>
        <translation>Готово: все мандаты распределены</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Complete: every seat that can be decided is decided</source>
        <translation>Готово: распределены все мандаты, которые можно распределить</translation>
    </message>
    <message>
        <source>Complete — 1 seat decided by lot</source>
        <translation>Готово — 1 мандат решён жребием</translation>
    </message>
    <message>
        <source>Complete — 1 by lot</source>
        <translation>Готово — 1 по жребию</translation>
    </message>
    <message>
        <source>Complete — {seats} seats decided by lot</source>
        <translation>Готово — мандатов, решённых жребием: {seats}</translation>
    </message>
    <message>
        <source>Lots required — 1 seat waits for a drawing of lots</source>
        <translation>Нужна жеребьёвка — 1 мандат ждёт жеребьёвки</translation>
    </message>
    <message>
        <source>Complete — {seats} by lot</source>
        <translation>Готово — по жребию: {seats}</translation>
    </message>
    <message>
        <source>the list registered earlier wins (2009 text, not confirmed for 2022); otherwise a drawing of lots</source>
        <translation>побеждает список, зарегистрированный раньше (редакция 2009 года, для 2022 не подтверждено); иначе жеребьёвка</translation>
    </message>
    <message>
        <source>the runner-up takes part too: votes × 0.7, at least two seats (2009 text)</source>
        <translation>допускается и вторая партия: голоса × 0,7, не менее двух мандатов (редакция 2009 года)</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <source>Lots required</source>
        <translation>Нужна жеребьёвка</translation>
    </message>
    <message>
        <source>Lots required — {seats} seats wait for a drawing of lots</source>
        <translation>Нужна жеребьёвка — мандатов ждут жеребьёвки: {seats}</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>определён</translation>
    </message>
    <message>
        <source>decided by lot</source>
        <translation>решено жребием</translation>
    </message>
    <message>
        <source>by lot</source>
        <translation>по жребию</translation>
    </message>
    <message>
        <source>tie: lots required</source>
        <translation>равенство: нужна жеребьёвка</translation>
    </message>
    <message>
        <source>lots required</source>
        <translation>нужна жеребьёвка</translation>
    </message>
    <message>
        <source>void: against all led</source>
        <translation>недействительны / не состоялись: впереди «против всех»</translation>
    </message>
    <message>
        <source>void</source>
        <translation>недействительны / не состоялись</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>не определён</translation>
    </message>
    <message>
        <source>decided; against all led</source>
        <translation>определён; впереди «против всех»</translation>
    </message>
    <message>
        <source>against all led</source>
        <translation>впереди «против всех»</translation>
    </message>
    <message>
        <source>{method} (the law)</source>
        <translation>{method} (по закону)</translation>
    </message>
    <message>
        <source>{method} (comparison only, not the law)</source>
        <translation>{method} (только для сравнения, не по закону)</translation>
    </message>
    <message>
        <source>{method} (not the law)</source>
        <translation>{method} (не по закону)</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>равенство</translation>
    </message>
</context>
</TS>
