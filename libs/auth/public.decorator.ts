import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'feedloop:public';

/** Marks a route that needs no API key (health, public survey pages). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
