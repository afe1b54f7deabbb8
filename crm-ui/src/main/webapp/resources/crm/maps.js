/*
 * The listing maps: Leaflet with OpenStreetMap tiles. Markers are read from the page's elements that carry
 * data-lat and data-lng (the list's rows, or the listing itself), and popups are built from text nodes: nothing a
 * listing says is ever parsed as markup.
 */
var CrmMaps = (function () {
    var TILES = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
    var ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
    var listingsMap = null;

    function baseMap(elementId) {
        var map = L.map(elementId, {scrollWheelZoom: false}).setView([39.5, -98.35], 4);
        L.tileLayer(TILES, {maxZoom: 19, attribution: ATTRIBUTION}).addTo(map);
        return map;
    }

    function places(root) {
        if (!root) {
            return [];
        }
        return Array.prototype.map.call(root.querySelectorAll('[data-lat][data-lng]'), function (el) {
            return {
                lat: parseFloat(el.getAttribute('data-lat')), lng: parseFloat(el.getAttribute('data-lng')),
                label: el.getAttribute('data-label') || '', price: el.getAttribute('data-price') || '',
                href: el.getAttribute('data-href')
            };
        }).filter(function (place) {
            return isFinite(place.lat) && isFinite(place.lng);
        });
    }

    function popup(place) {
        var box = document.createElement('div');
        var link = document.createElement(place.href ? 'a' : 'strong');
        if (place.href) {
            link.href = place.href;
        }
        link.textContent = place.label;
        box.appendChild(link);
        if (place.price) {
            box.appendChild(document.createElement('br'));
            box.appendChild(document.createTextNode(place.price));
        }
        return box;
    }

    function mark(layer, list) {
        layer.clearLayers();
        list.forEach(function (place) {
            L.marker([place.lat, place.lng], {title: place.label, alt: place.label}).bindPopup(popup(place))
                .addTo(layer);
        });
    }

    function clamp(value, limit) {
        return Math.max(-limit, Math.min(limit, value));
    }

    return {
        /** The search screen's map: markers for the table's page, refreshed after every ajax update. */
        listings: function (elementId, tableId) {
            var map = baseMap(elementId);
            var layer = L.featureGroup().addTo(map);
            var refresh = function () {
                mark(layer, places(document.getElementById(tableId)));
                if (!listingsMap.inArea && layer.getLayers().length) {
                    map.fitBounds(layer.getBounds(), {maxZoom: 15, padding: [24, 24]});
                }
            };
            listingsMap = {map: map, inArea: false};
            refresh();
            $(document).on('pfAjaxComplete', refresh);
        },

        /** Puts the map's visible box into the form's hidden corner fields, before "Search this area" posts them. */
        putArea: function (formId) {
            var bounds = listingsMap.map.getBounds();
            var set = function (name, value) {
                document.getElementById(formId + ':' + name).value = value.toFixed(6);
            };
            set('south', clamp(bounds.getSouth(), 90));
            set('west', clamp(bounds.getWest(), 180));
            set('north', clamp(bounds.getNorth(), 90));
            set('east', clamp(bounds.getEast(), 180));
            listingsMap.inArea = true;
        },

        /** Forgets the box: the map fits the listings again. */
        anywhere: function () {
            listingsMap.inArea = false;
        },

        /** The search screen's Leaflet map, for whoever needs to move it (the browser tests). */
        listingsMap: function () {
            return listingsMap && listingsMap.map;
        },

        /** A listing's page: one marker, no popup link. */
        single: function (elementId) {
            var map = baseMap(elementId);
            var layer = L.featureGroup().addTo(map);
            mark(layer, places(document.getElementById(elementId).parentNode));
            if (layer.getLayers().length) {
                map.setView(layer.getLayers()[0].getLatLng(), 15);
            }
        }
    };
}());
