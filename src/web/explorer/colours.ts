// One colour per entity type, shared by the canvas, the legend and the side panel.
import { scaleOrdinal, schemeTableau10 } from 'd3';

export const typeColour = scaleOrdinal<string, string>(schemeTableau10);
