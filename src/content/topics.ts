import { localized } from './localized.ts'
import { release } from './cite.ts'
import { STARTUP_SENTENCE } from './releaseQuotes.ts'
import type { Topic } from './types.ts'

export const topics = [
  {
    id: 'security-defence',
    label: localized('topics.security-defence.label'),
    description: localized('topics.security-defence.description'),
    cite: release('security and defence policies regarding space'),
  },
  {
    id: 'civil',
    label: localized('topics.civil.label'),
    description: localized('topics.civil.description'),
    cite: release(
      'areas of cooperation between the two countries, such as security and defence policies regarding space, civil cooperation',
    ),
  },
  {
    id: 'multilateral',
    label: localized('topics.multilateral.label'),
    description: localized('topics.multilateral.description'),
    cite: release(
      'multilateral cooperation within the framework of the United Nations, the G7 and the space dialogue between Japan and the EU',
    ),
  },
  {
    id: 'industry',
    label: localized('topics.industry.label'),
    description: localized('topics.industry.description'),
    // The release gives this purpose for the start-up meeting only.
    cite: release(STARTUP_SENTENCE),
  },
] as const satisfies readonly Topic[]
