import {
  DEFAULT_INDEX_FORMAT,
  type BureauProfile,
  type BureauProfileInput,
  type OfficeProfile,
} from '@sunshine/shared';

/** An office as the form holds it: one saved before keeps its id (items and subscriptions store it). */
export interface OfficeRow extends OfficeProfile {
  saved: boolean;
}

export interface BureauForm {
  name: string;
  creditCode: string;
  indexFormat: string;
  offices: OfficeRow[];
  disclosureOffice: BureauProfile['disclosureOffice'];
  remedies: BureauProfile['remedies'];
}

export const emptyOffice = (): OfficeRow => ({
  id: '',
  name: '',
  address: '',
  hours: '',
  phone: '',
  saved: false,
});

/** The form for the profile as saved, or an empty one before the first save. */
export function formOf(profile: BureauProfile | undefined): BureauForm {
  if (!profile)
    return {
      name: '',
      creditCode: '',
      indexFormat: DEFAULT_INDEX_FORMAT,
      offices: [emptyOffice()],
      disclosureOffice: {
        name: '',
        address: '',
        postcode: '',
        hours: '',
        phone: '',
        fax: '',
        online: '',
      },
      remedies: { reviewOrgan: '', court: '' },
    };
  return {
    name: profile.name,
    creditCode: profile.creditCode,
    indexFormat: profile.indexFormat,
    offices: profile.offices.map((office) => ({ ...office, saved: true })),
    disclosureOffice: { ...profile.disclosureOffice },
    remedies: { ...profile.remedies },
  };
}

/** What the schema checks and the API saves, over the version the admin edited. */
export function inputOf(
  form: BureauForm,
  previousUpdatedAt: string | undefined,
): Omit<BureauProfileInput, 'previousUpdatedAt'> & { previousUpdatedAt?: string } {
  return {
    name: form.name,
    creditCode: form.creditCode,
    indexFormat: form.indexFormat,
    offices: form.offices.map(({ id, name, address, hours, phone }) => ({
      id,
      name,
      address,
      hours,
      phone,
    })),
    disclosureOffice: form.disclosureOffice,
    remedies: form.remedies,
    ...(previousUpdatedAt && { previousUpdatedAt }),
  };
}
