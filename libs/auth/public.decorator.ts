import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'feedloop:public';

/** Marks a route that needs no credentials: no API key in the API (health, public survey pages), no session in the dashboard (login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
