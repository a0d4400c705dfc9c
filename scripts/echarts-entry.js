// Tree-shaken ECharts for joblens.
//
// Bundled by scripts/build-echarts.mjs (esbuild, IIFE) into public/vendor/echarts.min.js,
// which index.html loads async, beside the wasm. The page (src/js.rs)
// calls the global `echarts.init(el)`, then `setOption(option, notMerge)`, `resize()`,
// `dispose()`, `getDataURL({...})`, `on(event, handler)`, `convertToPixel` / `convertFromPixel`
// (a range dragged along the histogram, src/js.rs drag_range) and `getOption()` on the returned
// instance.
//
// Add a chart or component here (and only here) when the app starts using it; a missing
// component is dropped silently by ECharts apart from a console warning. Components with
// sub-types come as the sub-type the charts use (ECharts' default when an option names
// none): a plain legend, not the scrolling one; a continuous visual map, not the piecewise
// one (each of the others would add about 2 KB gzipped).
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, ScatterChart, HeatmapChart } from 'echarts/charts';
import {
  TitleComponent,
  TooltipComponent,
  GridComponent,
  LegendPlainComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  BoxplotChart,
  ScatterChart,
  HeatmapChart,
  TitleComponent,
  TooltipComponent,
  GridComponent,
  LegendPlainComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
