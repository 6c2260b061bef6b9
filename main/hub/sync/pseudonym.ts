import { createHmac } from 'node:crypto';

/**
 * Pseudonymous agent ids for the central API: an HMAC of the agent id under the site's
 * secret. The same agent always gets the same pseudonym at this site (figures over time
 * stay possible), and nobody without the secret can tell who it is.
 */
export function pseudonymizer(secret: string): (agentId: string) => string {
  const known = new Map<string, string>();
  return (agentId) => {
    let pseudonym = known.get(agentId);
    if (pseudonym === undefined) {
      const mac = createHmac('sha256', secret).update(agentId).digest('base64url');
      pseudonym = `p-${mac.slice(0, 22)}`;
      known.set(agentId, pseudonym);
    }
    return pseudonym;
  };
}
