import { localized } from './localized.ts'
import { release } from './cite.ts'
import type { Delegation } from './types.ts'

export const delegations = [
  {
    country: 'FR',
    name: localized('delegations.FR.name'),
    coChairs: ['cousin'],
    members: ['sgdsn', 'fr-economy', 'fr-foreign-affairs', 'fr-armed-forces', 'cnes'],
    cite: release(
      'The French delegation comprised members of the SGDSN, a service of the French Prime Minister; of the Ministry of Economics, Finance and Industrial and Digital Sovereignty; of the Ministry for Europe and Foreign Affairs; of the Ministry of Armed Forces; and of the National Centre for Space Studies (CNES).',
    ),
  },
  {
    country: 'JP',
    name: localized('delegations.JP.name'),
    coChairs: ['kasai', 'ishizuki'],
    members: [
      'jp-cabinet-office',
      'jp-foreign-affairs',
      'jp-national-security',
      'mext',
      'meti',
      'jp-defence',
      'jaxa',
    ],
    cite: release(
      'In addition to the high-ranking officials from the Cabinet Office and the Ministry of Foreign Affairs, the Japanese delegation included representatives from the National Security Secretariat, the Ministry for Education, Culture, Sports, Sciences and Technologies (MEXT); from the Ministry of Economy, Trade and Industry, from the Ministry of Defence; and from the Japan Aerospace Exploration Agency (JAXA).',
    ),
  },
] as const satisfies readonly Delegation[]
