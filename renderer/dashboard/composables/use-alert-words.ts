import type { Alert } from '../../../shared/domain/alert';
import { localized } from '../../common/i18n/duration-text';
import { useI18n, type MessageKey } from '../i18n';
import { useLiveStore } from '../stores/live-store';

/** An alert in words: its kind and what it is about (device, service, counter, ticket). */
export function useAlertWords() {
  const live = useLiveStore();
  const { t, language } = useI18n();

  function subject(alert: Alert): string {
    const state = live.state;
    const config = state?.config;
    if (alert.counterId)
      return config?.counters.find((c) => c.id === alert.counterId)?.label ?? alert.counterId;
    if (alert.ticketId) return state?.tickets[alert.ticketId]?.number ?? alert.ticketId;
    if (alert.serviceId)
      return (
        localized(
          config?.services.find((s) => s.code === alert.serviceId)?.names,
          language.value,
        ) || alert.serviceId
      );
    return alert.source?.label ?? t('alerts.hub');
  }

  function kind(alert: Alert): string {
    return t(`alerts.kind.${alert.kind}` as MessageKey);
  }

  /** "Demande d'aide — Borne du hall" */
  function line(alert: Alert): string {
    return t('alerts.line', { kind: kind(alert), subject: subject(alert) });
  }

  return { subject, kind, line };
}
