// Element Plus's base styles (its CSS variables and reset), loaded before the house styles that
// override them. Each component's own stylesheet comes with its import from 'element-plus'
// (unplugin-element-plus, in tooling/vite): a screen loads the styles of what it shows.
import 'element-plus/es/components/base/style/css';
