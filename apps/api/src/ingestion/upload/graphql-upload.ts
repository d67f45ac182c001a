import GraphQLUploadScalar from 'graphql-upload/GraphQLUpload.mjs';
import type { FileUpload as UploadedFile } from 'graphql-upload/processRequest.mjs';

/** The multipart `Upload` scalar (GraphQL multipart request spec), re-exported with its file type. */
export const GraphQLUpload = GraphQLUploadScalar;
export type FileUpload = UploadedFile;
