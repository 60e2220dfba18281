// Roles offered on a session's participant rows: those a technique reads from the roster
// (a Peer Assist's home team and visitors), so the spelling the technique expects is one
// click away. Other techniques offer none and their rows are as before.
import type { TechniqueId } from './bindings/TechniqueId';
import { HOME_TEAM_ROLE, VISITOR_ROLE } from '../techniques/peer-assist/peerAssist';

const TECHNIQUE_ROLES: Partial<Record<TechniqueId, readonly string[]>> = {
  'peer-assist': [HOME_TEAM_ROLE, VISITOR_ROLE],
};

export function roleSuggestions(technique: TechniqueId): readonly string[] {
  return TECHNIQUE_ROLES[technique] ?? [];
}
