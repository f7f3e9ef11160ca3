#pragma once

#include <QIcon>
#include <QStringView>

// Our icons (resources/icons/<name>.svg, all square), each parsed once, when first drawn,
// and one engine per name. QIcon(":/icons/x.svg") finds its engine through the icon-engine
// plugins, parses the file as it is made (to check it), and again for every size and mode
// drawn; the call list made one per painted row: 36 us a row (parse and draw) against
// 0.4 us shared (Release, this machine), so a repaint of 200 rows cost 7 ms of a frame.
namespace SvgIcons {
QIcon icon(QStringView name);
}
