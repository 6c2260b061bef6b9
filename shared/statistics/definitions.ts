// Every statistic, defined once: what it counts, in words (French first, then English),
// beside the constants the hub's SQL applies. The dashboard, the CSV exports and the
// yearly report's page of definitions all read these texts.

export interface Bilingual {
  fr: string;
  en: string;
}

/** A visit waited "within target" when called at most its service's target after arrival. */
export const TARGET_RULE = 'waited_ms <= target_wait_ms';
/** An appointment is "on time at the counter" when called at most this long after its start. */
export const APPOINTMENT_GRACE_MS = 5 * 60_000;
/** An estimate is "accurate" when the actual wait is within this of it, either way. */
export const ESTIMATE_TOLERANCE_MS = 5 * 60_000;
/**
 * Waiting and service times are kept per day in histograms of this resolution: a median
 * or a 90th percentile is the start of the minute it falls in (the max and the mean stay
 * exact to the second).
 */
export const HISTOGRAM_BUCKET_MS = 60_000;

export const glossary = {
  visit: {
    fr: "Visite : le passage d'un usager, du ticket à la fin de son accueil, transferts compris (un ticket transféré reste une seule visite). Comptée le jour local de son arrivée.",
    en: 'Visit: one visitor from their ticket to the end of their visit, transfers included (a transferred ticket stays one visit). Counted on the local day of arrival.',
  },
  waitingTime: {
    fr: "Temps d'attente : de l'émission du ticket au premier appel à un guichet (un ticket rappelé compte son premier appel). Les visites jamais appelées n'en ont pas.",
    en: 'Waiting time: from the ticket being issued to its first call to a counter (a recalled ticket counts its first call). Visits never called have none.',
  },
  serviceTime: {
    fr: "Temps de traitement : du début de l'accueil au guichet à sa fin, additionné sur les guichets d'une visite transférée ; visites servies seulement.",
    en: 'Service time: from the start of the service at the counter to its end, summed over the counters of a transferred visit; served visits only.',
  },
  percentiles: {
    fr: 'Médiane (p50) et 90e centile (p90) : la plus petite durée que 50 % (90 %) des visites ne dépassent pas, à la minute près (les durées sont comptées par minute entière : 14 min 40 s compte dans la 14e minute, et la médiane vaut alors 14 min). Maximum et moyenne à la seconde.',
    en: 'Median (p50) and 90th percentile (p90): the smallest duration that 50 % (90 %) of visits do not exceed, to the minute (durations are counted by whole minute: 14 min 40 s falls in minute 14, and the median then reads 14 min). Maximum and mean to the second.',
  },
  withinTarget: {
    fr: "Reçus dans l'objectif : part des visites appelées dont l'attente n'a pas dépassé l'objectif de leur service (celui en vigueur ce jour-là).",
    en: "Within target: share of called visits whose wait did not exceed their service's target (the one in force that day).",
  },
  noShow: {
    fr: "Absent : ticket appelé (et rappelé selon la règle du site) sans que l'usager se présente. « Après rappel » : absents qui avaient été rappelés au moins une fois.",
    en: 'No-show: a ticket called (and recalled as the site’s rule says) whose visitor did not come. “After recall”: no-shows recalled at least once.',
  },
  unserved: {
    fr: 'Non reçus : tickets encore en attente à la fin de la journée. Annulés : tickets annulés par un agent ou par l’usager. Une visite en cours au guichet à la fin de la journée compte comme reçue.',
    en: 'Unserved: tickets still waiting when the day ended. Cancelled: tickets cancelled by an agent or the visitor. A visit still at a counter when the day ended counts as served.',
  },
  transfer: {
    fr: 'Transfert : un ticket envoyé vers un autre service, guichet ou agent. Une visite peut en compter plusieurs (une chaîne) ; elle est comptée au service qui la termine.',
    en: 'Transfer: a ticket sent on to another service, counter or agent. A visit may have several (a chain); it counts for the service that ends it.',
  },
  appointment: {
    fr: "Rendez-vous : visites arrivées avec un rendez-vous. En retard : ticket pris après l'heure du rendez-vous. À l'heure au guichet : appelé au plus 5 minutes après l'heure du rendez-vous.",
    en: 'Appointments: visits that came with an appointment. Late: ticket taken after the appointment time. On time at the counter: called at most 5 minutes after the appointment time.',
  },
  heatmap: {
    fr: "Arrivées par heure et jour : nombre de tickets émis dans chaque heure locale de chaque jour de la semaine (un jour de changement d'heure reste un jour).",
    en: 'Arrivals by hour and weekday: tickets issued in each local hour of each weekday (a day when clocks change is still one day).',
  },
  utilisation: {
    fr: "Occupation d'un guichet : temps de traitement rapporté à son temps d'activité, de son premier appel à la fin de sa dernière visite, chaque jour.",
    en: "Counter utilisation: service time divided by the counter's active time, from its first call to the end of its last visit, each day.",
  },
  delivery: {
    fr: 'Tickets imprimés ou dématérialisés : ce que la borne ou le guichet a déclaré. Part dématérialisée = dématérialisés ÷ (imprimés + dématérialisés).',
    en: 'Printed or paperless tickets: as the kiosk or counter reported. Paperless share = paperless ÷ (printed + paperless).',
  },
  estimate: {
    fr: "Fiabilité de l'attente annoncée : l'estimation affichée pour le service à l'émission du ticket comparée à l'attente réelle ; écart moyen absolu, et part à ±5 minutes près.",
    en: 'Accuracy of the wait shown: the estimate the service showed when the ticket was issued against the actual wait; mean absolute error, and share within ±5 minutes.',
  },
  satisfaction: {
    fr: 'Satisfaction : notes de 1 (très mécontent) à 5 (très satisfait) données après la visite, une par ticket, anonymes ; rattachées au service et au jour de la visite.',
    en: 'Satisfaction: ratings from 1 (very unhappy) to 5 (very satisfied) given after the visit, one per ticket, anonymous; tied to the visit’s service and day.',
  },
  complaint: {
    fr: "Réclamation : enregistrée par un agent avec son canal, son service, son sujet et le délai de réponse promis. Répondue à temps : réponse au plus tard à l'échéance. En retard : répondue après l'échéance, ou sans réponse l'échéance passée. Part à temps = à temps ÷ (répondues + en retard sans réponse).",
    en: 'Complaint: recorded by an agent with its channel, service, subject and the answer deadline promised. Answered in time: answered no later than the deadline. Late: answered after the deadline, or unanswered past it. Share in time = in time ÷ (answered + late unanswered).',
  },
} as const satisfies Record<string, Bilingual>;

export type GlossaryEntry = keyof typeof glossary;
