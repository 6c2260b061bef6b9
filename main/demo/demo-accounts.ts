import { demoSiteConfig } from '../../shared/demo';
import type { AgentRole } from '../../shared/contracts/roles';

// The demo's accounts. Published passwords: they exist for trying the product on one
// machine (the hub listens on loopback only) and must never reach a real site.

const counterPassword = 'guichet-demo';
const managerPassword = 'responsable-demo';
const managerId = 'agent-08';

export const demoAccounts = {
  admin: { id: 'admin', password: 'administrateur-demo' },
  agents: demoSiteConfig().agents.map((agent) => {
    const role: AgentRole = agent.id === managerId ? 'manager' : 'counter';
    return {
      id: agent.id,
      role,
      password: role === 'manager' ? managerPassword : counterPassword,
    };
  }),
  counterPassword,
  managerId,
  managerPassword,
};
