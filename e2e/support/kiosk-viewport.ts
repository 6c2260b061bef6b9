/** A portrait kiosk screen, scaled down (1080×1920 at 5/6) to keep screenshots light. */
export const kioskViewport = { width: 900, height: 1600 };
