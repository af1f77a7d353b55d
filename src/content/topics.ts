import { release } from './cite.ts'
import type { Topic } from './types.ts'

export const topics = [
  {
    id: 'security-defence',
    label: {
      en: 'Security and defence in space',
      fr: 'Sécurité et défense dans l’espace',
      ja: '宇宙の安全保障・防衛',
    },
    description: {
      en: 'Each country’s security and defence policies regarding space.',
      fr: 'Les politiques de sécurité et de défense de chaque pays dans le domaine spatial.',
      ja: '宇宙に関する両国の安全保障・防衛政策。',
    },
    cite: release('security and defence policies regarding space'),
  },
  {
    id: 'civil',
    label: { en: 'Civil cooperation', fr: 'Coopération civile', ja: '民生協力' },
    description: {
      en: 'Cooperation between the two countries’ civil space programmes.',
      fr: 'La coopération entre les programmes spatiaux civils des deux pays.',
      ja: '両国の民生宇宙分野での協力。',
    },
    cite: release('civil cooperation'),
  },
  {
    id: 'multilateral',
    label: { en: 'Multilateral cooperation', fr: 'Coopération multilatérale', ja: '多国間協力' },
    description: {
      en: 'Working together at the United Nations, in the G7 and in the Japan–EU space dialogue.',
      fr: 'Travailler ensemble aux Nations unies, au G7 et dans le dialogue spatial Japon–UE.',
      ja: '国連、G7、日EU宇宙対話の枠組みでの協力。',
    },
    cite: release(
      'multilateral cooperation within the framework of the United Nations, the G7 and the space dialogue between Japan and the EU',
    ),
  },
  {
    id: 'industry',
    label: {
      en: 'Industry and start-ups',
      fr: 'Industrie et start-up',
      ja: '産業・スタートアップ',
    },
    description: {
      en: 'Exchanges between the two countries’ space industries, from start-ups to launchers.',
      fr: 'Les échanges entre les industries spatiales des deux pays, des start-up aux lanceurs.',
      ja: 'スタートアップからロケットまで、両国の宇宙産業間の交流。',
    },
    cite: release('In order to promote exchanges between industries from both countries'),
  },
] as const satisfies readonly Topic[]
