import type { KioskCatalog } from '../catalog';

// Counts are written "label: {count}" where Ukrainian agreement would need the few/many
// forms the translator's one/other cannot hold.
export const uk: KioskCatalog = {
  'app.title': 'Термінал прийому',
  'toolbar.label': 'Мова та доступність',
  'toolbar.language': 'Мова',
  'toolbar.accessibility': 'Доступність',
  'nav.back': 'Назад',
  'nav.home': 'На початок',
  'nav.label': 'Навігація',

  'attract.title': 'Ласкаво просимо',
  'attract.touch': 'Торкніться екрана, щоб почати',
  'attract.languages': 'Français · English · Español · العربية · Português · Українська',

  'home.title': 'Що ви бажаєте зробити?',
  'home.appointment': 'У мене є запис',
  'home.appointment.hint': 'Відскануйте підтвердження або введіть свій код',
  'home.ticket': 'Взяти талон',
  'home.ticket.hint': 'Щоб вас прийняли без запису',
  'home.eservices': 'Онлайн-послуги',
  'home.eservices.hint': 'Офіційні сайти: service-public.fr, ANTS, CAF, impots.gouv',
  'home.help': 'Потрібна допомога',
  'home.help.hint': 'Працівник прийому підійде, щоб допомогти',
  'home.appointmentNote': 'Більшість служб приймає лише за записом.',

  'checkin.title': 'Ваш запис',
  'checkin.scan': 'Піднесіть QR-код вашого підтвердження до зчитувача під екраном.',
  'checkin.scanUnavailable': 'Зчитувач кодів не працює: введіть свій код.',
  'checkin.type':
    'Або введіть код бронювання (6 символів) чи номер попередньої заявки ANTS (10 символів).',
  'checkin.field': 'Код бронювання або номер ANTS',
  'checkin.keyboard': 'Клавіатура',
  'checkin.erase': 'Стерти',
  'checkin.submit': 'Підтвердити',
  'checkin.searching': 'Шукаємо ваш запис…',
  'checkin.badFormat': 'Цей код не розпізнано. Код бронювання має 6 символів, номер ANTS — 10.',
  'checkin.badScan':
    'Цей код не є підтвердженням мерії. Введіть свій код або зверніться на рецепцію.',
  'checkin.damagedScan':
    'Цей QR-код пошкоджений або нечитабельний. Введіть свій код або зверніться на рецепцію.',
  'checkin.partialScan': 'Зчитування перервалося. Покажіть код ще раз.',

  'outcome.notFound.title': 'Ми не знайшли цей запис',
  'outcome.notFound.text':
    'Перевірте код у підтвердженні та спробуйте ще раз. Якщо не вийде, зверніться на рецепцію.',
  'outcome.tooEarly.title': 'Ви прийшли зарано',
  'outcome.tooEarly.text':
    'Ваш запис о {time}. Зареєструвати прихід можна з {opens}. Присядьте, а потім поверніться до термінала.',
  'outcome.tooLate.title': 'Час вашого запису минув',
  'outcome.tooLate.text':
    'Ваш запис був о {time}. Зверніться на рецепцію: працівник перевірить, чи вас ще можуть прийняти, або допоможе записатися знову.',
  'outcome.already.title': 'Ваш прихід уже зареєстровано',
  'outcome.already.text':
    'Збережіть талон {number}, який ви отримали, і стежте за екраном виклику.',
  'outcome.already.textNoNumber': 'Збережіть отриманий талон і стежте за екраном виклику.',
  'outcome.cancelled.title': 'Цей запис скасовано',
  'outcome.cancelled.text': 'Ви можете записатися знову онлайн або звернутися на рецепцію.',
  'outcome.wrongDay.title': 'Ваш запис не на сьогодні',
  'outcome.wrongDay.text': 'Його призначено на {date}. Приходьте того дня.',
  'outcome.other.title': 'Ми не можемо зареєструвати ваш прихід',
  'outcome.other.text': 'Зверніться на рецепцію: працівник вам допоможе.',
  'outcome.retry': 'Ввести інший код',

  'categories.title': 'З якого питання?',
  'services.title': 'Оберіть службу',
  'services.waiting': {
    zero: 'Ніхто не чекає',
    one: 'Очікують: {count}',
    other: 'Очікують: {count}',
  },
  'services.wait': 'Орієнтовне очікування: {wait}',
  'services.appointmentOnly': 'Лише за записом',
  'services.closed': 'Зараз зачинено',
  'services.pastCutOff': 'Сьогодні талонів більше немає',
  'services.full': 'На сьогодні все зайнято',
  'services.unknown': 'Недоступно',
  'services.none': 'Наразі тут не пропонується жодна служба.',

  'unavailable.appointmentOnly.title': '{service}: прийом лише за записом',
  'unavailable.closed.title': '{service}: зараз зачинено',
  'unavailable.closed.reopens': 'Відкриється: {when}.',
  'unavailable.pastCutOff.title': '{service}: сьогодні талонів більше немає',
  'unavailable.pastCutOff.text':
    'Видача талонів припиняється до закриття ({time}), щоб прийняти всіх. Приходьте іншого дня.',
  'unavailable.full.title': '{service}: усі талони на сьогодні видано',
  'unavailable.full.text': 'Приходьте іншого дня або запишіться на прийом.',
  'unavailable.book': 'Запишіться онлайн: відскануйте цей код телефоном.',
  'unavailable.bookAtDesk': 'Щоб записатися, зверніться на рецепцію.',
  'unavailable.qr': 'QR-код сторінки запису',

  'documents.title': 'Чи є у вас ці документи?',
  'documents.intro': 'Позначте ті, що маєте при собі.',
  'documents.optional': '(якщо є)',
  'documents.continue': 'Далі',
  'documents.missing.title': 'Бракує документів',
  'documents.missing.text':
    'Без них працівник, можливо, не зможе завершити вашу справу. Ви можете повернутися з ними або все одно взяти талон, щоб поставити запитання.',
  'documents.anyway': 'Все одно взяти талон',

  'priority.title': 'Вам потрібен пріоритетний прийом?',
  'priority.text':
    'Наприклад: інвалідність, вагітність, літня людина або маленька дитина. Пояснювати причину не потрібно.',
  'priority.yes': 'Так',
  'priority.no': 'Ні',

  'ticket.issuing': 'Ваш талон створюється…',
  'ticket.waitingHub':
    'Зв’язок перервано: талон буде створено, щойно він відновиться, лише один раз.',
  'ticket.title': 'Ваш номер',
  'ticket.checkedIn': 'Ваш прихід зареєстровано',
  'ticket.appointmentAt': 'Запис о {time}',
  'ticket.ahead': {
    zero: 'Скоро ваша черга',
    one: 'Перед вами: {count}',
    other: 'Перед вами: {count}',
  },
  'ticket.wait': 'Орієнтовне очікування: {wait}',
  'ticket.waitUnknown': 'Орієнтовне очікування: обчислюється',
  'ticket.priority': 'Пріоритетний прийом',
  'ticket.choose': 'Як ви хочете отримати талон?',
  'ticket.print': 'Надрукувати талон',
  'ticket.print.hint': 'Рекомендовано',
  'ticket.paperless': 'Без паперу',
  'ticket.paperless.hint': 'Я сфотографую екран',
  'ticket.printing': 'Друкуємо…',
  'ticket.printed': 'Візьміть талон під екраном.',
  'ticket.printFailed':
    'Друк не вдався. Сфотографуйте екран: ваш номер дійсний. Рецепцію повідомлено.',
  'ticket.mayHavePrinted':
    'Принтер не підтвердив друк: перевірте, чи вийшов талон. Якщо ні, сфотографуйте екран.',
  'ticket.printerDown': 'Принтер зараз не працює: сфотографуйте екран. Рецепцію повідомлено.',
  'ticket.photo': 'Сфотографуйте цей екран. QR-код дозволяє стежити за чергою з телефона.',
  'ticket.qr': 'QR-код вашого талона {number}',
  'ticket.done': 'Завершити',
  'ticket.watchScreen': 'Стежте за екраном виклику: з’явиться ваш номер і номер віконця.',
  'ticket.speech': 'Ваш номер {number}. {ahead}. {wait}.',

  'eservices.title': 'Онлайн-послуги',
  'eservices.intro': 'Ці офіційні сайти працюють цілодобово.',
  'eservices.opening': 'Відкриваємо сайт…',
  'eservices.opened': 'Сайт відкрито. Торкніться «Завершити» на панелі браузера, щоб повернутися.',
  'eservices.phone': 'Продовжте на телефоні: відскануйте цей код.',
  'eservices.qr': 'QR-код до {portal}',
  'eservices.failed': 'Цей сайт не відкривається на терміналі. Відскануйте код телефоном.',
  'portal.town': 'Онлайн-послуги міста',
  'portal.town.hint': 'Реєстрація актів, записи, оплати',
  'portal.servicePublic': 'service-public.fr',
  'portal.servicePublic.hint': 'Ваші права та процедури',
  'portal.ants': 'ANTS',
  'portal.ants.hint': 'Посвідчення особи, паспорт, водійське посвідчення, техпаспорт',
  'portal.caf': 'CAF',
  'portal.caf.hint': 'Сімейна допомога та допомога на житло',
  'portal.impots': 'impots.gouv.fr',
  'portal.impots.hint': 'Податки та декларації',

  'help.sending': 'Повідомляємо рецепцію…',
  'help.title': 'Працівник іде до вас',
  'help.text': 'Залишайтеся біля термінала: рецепцію повідомлено, працівник іде вам допомогти.',
  'help.failed.title': 'Зверніться на рецепцію',
  'help.failed.text': 'Не вдалося повідомити рецепцію. Вам допоможуть біля віконця прийому.',

  'hubDown.title': 'Зверніться на рецепцію',
  'hubDown.text':
    'Термінал зараз не може зв’язатися зі службою черги. Працівник рецепції вам допоможе.',
  'hubDown.recovering': 'Термінал відновить роботу сам, щойно з’явиться зв’язок.',
  'hubDown.pending': 'Ваш запит на талон буде завершено, щойно з’явиться зв’язок.',

  'setup.title': 'Термінал не налаштовано',
  'setup.text':
    'Цей термінал ще не має токена реєстрації. Відкрийте /kiosk/#token=… (див. kiosk/README.md).',
  'setup.refused': 'Сервер відхилив токен цього термінала: зареєструйте його знову.',

  'language.title': 'Оберіть мову',

  'a11y.title': 'Доступність',
  'a11y.largeText': 'Великий текст',
  'a11y.largeText.hint': 'Більші літери',
  'a11y.highContrast': 'Високий контраст',
  'a11y.highContrast.hint': 'Світлий текст на чорному тлі',
  'a11y.lowReach': 'Кнопки внизу екрана',
  'a11y.lowReach.hint': 'Усе під рукою — з інвалідного візка чи для невисоких людей',
  'a11y.audio': 'Читання вголос',
  'a11y.audio.hint': 'Термінал читає кожен екран і ваш талон',
  'a11y.noVoice': 'На цьому терміналі немає голосу мовою {language}: читання вголос неможливе.',
  'a11y.voiceOk': 'Термінал читає екрани вголос.',
  'a11y.close': 'Закрити',

  'idle.title': 'Ви ще тут?',
  'idle.text': {
    one: 'Щоб захистити ваші дані, термінал повернеться на початок. Залишилося секунд: {count}.',
    other: 'Щоб захистити ваші дані, термінал повернеться на початок. Залишилося секунд: {count}.',
  },
  'idle.stay': 'Я ще тут',
  'idle.leave': 'Завершити',

  'wait.minutes': {
    zero: 'менше хвилини',
    one: 'близько {count} хв',
    other: 'близько {count} хв',
  },
  'wait.hours': 'близько {hours} год {minutes} хв',
  'wait.unknown': 'обчислюється',
  'wait.range': 'від {low} до {high} хвилин',
  'wait.moreThan': 'понад {minutes} хвилин',
};
