import releaseText from './text/press-release.txt?raw'

// Imported only where the full release is shown, so the main bundle does not carry it.
export const pressReleaseText: string = releaseText
