import { demoAccounts } from './demo-accounts';
import type { DemoAgent } from './demo-activity';

// Who works in the living demo: two reception counters, one for papers, one social.
// Guichet 1 (agent-01) and the others stay free for a person trying the console.
const seats: Array<Omit<DemoAgent, 'password'>> = [
  { agentId: 'agent-02', counterId: 'g2', services: ['iris', 'courrier'] },
  { agentId: 'agent-03', counterId: 'g3', services: ['iris', 'courrier'] },
  { agentId: 'agent-04', counterId: 'g4', services: ['etat-civil', 'cni-passeport'] },
  { agentId: 'agent-07', counterId: 'g7', services: ['ccas', 'logement'] },
];

export function demoActivityAgents(password = demoAccounts.counterPassword): DemoAgent[] {
  return seats.map((seat) => ({ ...seat, password }));
}
