import type { FastifyInstance } from 'fastify';
import { speechBodySchema, speechRoutes as routes } from '../../../../shared/contracts/speech';
import type { HubContext } from '../../hub-context';
import { SpeechEngineError } from '../../speech/espeak';
import { createSpeechService, type SpeechService } from '../../speech/speech-service';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

/** The offline voice for displays and kiosks with none of their own (see shared/contracts/speech.ts). */
export function registerSpeechRoutes(
  app: FastifyInstance,
  hub: HubContext,
  speech: SpeechService = createSpeechService(),
): void {
  app.post(routes.speak.path, async (request, reply) => {
    authorize(hub, request, routes.speak.access, 'have announcements rendered');
    const { text, language } = parseInput(speechBodySchema, request.body);
    try {
      const { wav, voice } = await speech.speak(text, language);
      return reply
        .header('content-type', 'audio/wav')
        .header('cache-control', 'private, max-age=86400')
        .header('x-voice', voice)
        .send(wav);
    } catch (error) {
      if (error instanceof SpeechEngineError) {
        hub.log(`speech: ${error.message}`);
        throw new HubError('unavailable', error.message, { reason: error.reason });
      }
      throw error;
    }
  });

  app.get(routes.chime.path, async (request, reply) => {
    authorize(hub, request, routes.chime.access, 'fetch the chime');
    return reply
      .header('content-type', 'audio/wav')
      .header('cache-control', 'private, max-age=86400')
      .send(speech.chime());
  });
}
