import { localized } from './localized.ts'
import { release } from './cite.ts'
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
    cite: release('civil cooperation'),
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
    cite: release('In order to promote exchanges between industries from both countries'),
  },
] as const satisfies readonly Topic[]
